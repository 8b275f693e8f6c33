#pragma once
// Everything explanatory in one call: the annotations, the mimics, the tours, the quiz, the glossary and the
// staged loading programme of an annotations folder, each checked against the atlas and against each other (tours link to annotations and
// mimics; the glossary marks its terms in the patient wording).
#include "core/annotations/annotation_set.h"
#include "core/annotations/glossary.h"
#include "core/annotations/mimics.h"
#include "core/annotations/quiz.h"
#include "core/annotations/tour.h"
#include "core/rehab/rehab_programme.h"
#include "core/ultrasound/acoustic_materials.h"
#include "core/ultrasound/instrument_presets.h"

#include <filesystem>

namespace av {

struct Content {
    AnnotationSet annotations;
    std::vector<Mimic> mimics;
    std::vector<Tour> tours;
    Quiz quiz;
    Glossary glossary;
    RehabProgramme rehab;
    // data/ultrasound/: the probe and needle presets (tours and the command line name them) and the
    // acoustic materials of the simulated image (none: no image).
    InstrumentPresets instrumentPresets;
    std::optional<AcousticMaterials> acousticMaterials;

    KnownIds knownIds(const IdSet& structures) const;
};

// The shipped annotations folder (beside the executable's folder, else in the source tree).
std::filesystem::path defaultAnnotationsFolder();

// Loads <folder>/*.md, <folder>/mimics.json, <folder>/tours/*.json, <folder>/quiz.json, <folder>/glossary.json and
// <folder>/rehab.json (whose exercises are the shipped motions), and the shipped data/ultrasound/presets.json and
// materials.json first (tours name the presets).
// What cannot be used is reported (file:line) and left out; the rest loads.
Content loadContent(const std::filesystem::path& folder, const IdSet& structures, Diagnostics& diagnostics);

// The same for an atlas that may lack structures the content was written for (a user's or an imported
// atlas): what refers to a `vocabulary` structure this atlas lacks is left out without a message (a link
// becomes plain text, a question on it is dropped); what names a structure of neither is reported as
// loadContent reports it. The vocabulary is the shipped atlas's ids.
Content loadContentForAtlas(const std::filesystem::path& folder, const IdSet& atlasStructures, const IdSet& vocabulary,
                            Diagnostics& diagnostics);

}  // namespace av
