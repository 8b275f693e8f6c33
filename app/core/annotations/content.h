#pragma once
// Everything explanatory in one call: the annotations, the mimics, the tours, the quiz and the glossary of an
// annotations folder, each checked against the atlas and against each other (tours link to annotations and
// mimics; the glossary marks its terms in the patient wording).
#include "core/annotations/annotation_set.h"
#include "core/annotations/glossary.h"
#include "core/annotations/mimics.h"
#include "core/annotations/quiz.h"
#include "core/annotations/tour.h"

#include <filesystem>

namespace av {

struct Content {
    AnnotationSet annotations;
    std::vector<Mimic> mimics;
    std::vector<Tour> tours;
    Quiz quiz;
    Glossary glossary;

    KnownIds knownIds(const IdSet& structures) const;
};

// The shipped annotations folder (beside the executable's folder, else in the source tree).
std::filesystem::path defaultAnnotationsFolder();

// Loads <folder>/*.md, <folder>/mimics.json, <folder>/tours/*.json, <folder>/quiz.json and <folder>/glossary.json.
// What cannot be used is reported (file:line) and left out; the rest loads.
Content loadContent(const std::filesystem::path& folder, const IdSet& structures, Diagnostics& diagnostics);

}  // namespace av
