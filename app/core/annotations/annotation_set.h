#pragma once
// All annotations of a folder, checked against the atlas: the texts the viewer shows when a structure is
// selected, and what `--list-annotations --json` prints.
#include "core/annotations/annotation.h"
#include "core/annotations/known_ids.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace av {

struct AnnotationSet {
    std::vector<Annotation> annotations;  // sorted by id

    const Annotation* find(std::string_view id) const;
    // The text that explains a structure: the annotation with the structure's id, else the first whose
    // structures list names it (e.g. "pelvis" for pelvis_left).
    const Annotation* findForStructure(std::string_view structureId) const;
    IdSet ids() const;
};

// Reads every *.md file of the folder (not its subfolders). A file that cannot be used is reported and left
// out; the id must match the file name so that annotation:ID links can be found by eye. Structure ids in
// headers and links are checked against `structures`, annotation links against the annotations read.
AnnotationSet loadAnnotations(const std::filesystem::path& folder, const IdSet& structures,
                              Diagnostics& diagnostics);

// Checks the structures lists and links of a set already parsed (loadAnnotations does this itself).
void checkAnnotations(AnnotationSet& set, const IdSet& structures, Diagnostics& diagnostics);

// [{"id", "title", "structures": [...]}, ...] for `--list-annotations --json`.
nlohmann::json annotationsToJson(const AnnotationSet& set);

}  // namespace av
