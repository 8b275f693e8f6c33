#include "core/annotations/annotation_set.h"

#include "core/annotations/source_line.h"
#include "core/annotations/text_file.h"

#include <algorithm>

namespace av {

const Annotation* AnnotationSet::find(std::string_view id) const {
    for (const Annotation& annotation : annotations)
        if (annotation.id == id) return &annotation;
    return nullptr;
}

const Annotation* AnnotationSet::findForStructure(std::string_view structureId) const {
    // The structure's own text first: topic texts (causes, injection...) list structures too.
    if (const Annotation* own = find(structureId)) return own;
    for (const Annotation& annotation : annotations)
        if (std::find(annotation.structures.begin(), annotation.structures.end(), structureId) !=
            annotation.structures.end())
            return &annotation;
    return nullptr;
}

IdSet AnnotationSet::ids() const {
    IdSet ids;
    for (const Annotation& annotation : annotations) ids.insert(annotation.id);
    return ids;
}

AnnotationSet loadAnnotations(const std::filesystem::path& folder, const IdSet& structures,
                              Diagnostics& diagnostics) {
    AnnotationSet set;
    if (!std::filesystem::is_directory(folder)) {
        diagnostics.error(folder.string() + ": the annotations folder does not exist");
        return set;
    }
    for (const auto& path : filesWithExtension(folder, ".md")) {
        const auto content = readTextFile(path, diagnostics);
        if (!content) continue;
        auto annotation = parseAnnotation(*content, path.string(), diagnostics);
        if (!annotation) continue;
        if (annotation->id != path.stem().string()) {
            diagnostics.error(atLine(path.string(), 1,
                                     "id '" + annotation->id + "' differs from the file name; annotation left out"));
            continue;
        }
        set.annotations.push_back(std::move(*annotation));
    }
    // Sorted files give sorted ids, and the file name is the id, so ids are unique and already in order.
    checkAnnotations(set, structures, diagnostics);
    return set;
}

void checkAnnotations(AnnotationSet& set, const IdSet& structures, Diagnostics& diagnostics) {
    const IdSet annotationIds = set.ids();
    for (Annotation& annotation : set.annotations) {
        auto& listed = annotation.structures;
        for (const auto& id : listed)
            if (!structures.count(id))
                diagnostics.error(atLine(annotation.file, annotation.structuresLine,
                                         "header names unknown structure '" + id + "'"));
        listed.erase(std::remove_if(listed.begin(), listed.end(),
                                    [&](const std::string& id) { return !structures.count(id); }),
                     listed.end());
        Diagnostics found;
        for (Audience audience : kAudiences)
            checkLinks(annotation.text(audience), structures, annotationIds, annotation.file, found);
        appendUnique(diagnostics, found);
    }
}

nlohmann::json annotationsToJson(const AnnotationSet& set) {
    nlohmann::json list = nlohmann::json::array();
    for (const Annotation& annotation : set.annotations)
        list.push_back({{"id", annotation.id}, {"title", annotation.title}, {"structures", annotation.structures}});
    return list;
}

}  // namespace av
