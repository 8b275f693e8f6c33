#pragma once
// Plain one-line definitions of the medical words that patient texts use (annotations/glossary.json; format in
// docs/annotation-format.md). Loading marks every use of a term in the patient wording, so the UI can show its
// definition when the mouse rests on the word, without any text matching of its own.
#include "core/annotations/document.h"
#include "core/annotations/json_fields.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace av {

inline constexpr const char* kGlossaryFormat = "anatomy-viewer-glossary";
inline constexpr int kGlossaryVersion = 1;
// "One line": short enough for a tooltip that is read at a glance.
inline constexpr std::size_t kMaxDefinitionLength = 160;

struct GlossaryEntry {
    std::string term;                // as the file spells it: "MRI"
    std::vector<std::string> forms;  // every wording that counts as a use, lower case, the term first: "mri", "mri scan"
    std::string definition;          // one line of plain words
    int line = 0;
};

struct Glossary {
    std::vector<GlossaryEntry> entries;

    // The entry with this term or form, ignoring case; nullptr when there is none.
    const GlossaryEntry* find(std::string_view wording) const;
};

// Parses glossary.json. An entry without a term or a one-line definition is reported and left out; a form
// that another entry already uses is reported and dropped (one word, one definition).
Glossary parseGlossary(const std::string& text, const std::string& file, Diagnostics& diagnostics);
Glossary loadGlossary(const std::filesystem::path& path, Diagnostics& diagnostics);

// Splits the unlinked spans of `document` so that each use of a glossary form becomes a span of its own whose
// `term` names the entry. Whole words only, case ignored, any run of spaces matches a space, and the longest
// form wins ("steroid flare" before "steroid"). Link text is left alone: a link has its own tooltip.
void markGlossaryTerms(Document& document, const Glossary& glossary);

}  // namespace av
