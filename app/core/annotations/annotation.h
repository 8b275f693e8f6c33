#pragma once
// One annotation file (annotations/<id>.md; format in docs/annotation-format.md): a small header that says
// what it is and which structures it explains, then Markdown with a wording per audience.
#include "core/annotations/document.h"

#include <string>
#include <string_view>
#include <vector>

namespace av {

inline constexpr const char* kAnnotationFormat = "anatomy-viewer-annotation";
inline constexpr int kAnnotationVersion = 1;

struct Annotation {
    std::string id;
    std::string title;
    std::vector<std::string> structures;  // the atlas structures it explains (both sides, where it covers both)
    std::string file;                     // where it was read from, for messages
    int structuresLine = 1;               // line of the structures list, for messages
    std::array<Document, kAudiences.size()> texts;  // indexed by Audience

    const Document& text(Audience audience) const { return texts[static_cast<std::size_t>(audience)]; }
    Document& text(Audience audience) { return texts[static_cast<std::size_t>(audience)]; }
};

// Parses one annotation. A header or audience-section mistake is reported (file:line) and the annotation is
// refused (nullopt); smaller problems are reported and it loads. Ids are not checked against an atlas here.
std::optional<Annotation> parseAnnotation(std::string_view content, const std::string& file,
                                          Diagnostics& diagnostics);

}  // namespace av
