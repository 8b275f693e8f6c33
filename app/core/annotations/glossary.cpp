#include "core/annotations/glossary.h"

#include "core/annotations/text_file.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace av {
namespace {

bool isSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// Letters and digits make up words; everything else (spaces, punctuation, the bytes of non-ASCII characters
// such as dashes) separates them.
bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// One space for every run of white space, none at the ends: how forms are stored and compared.
std::string normalised(std::string_view text) {
    std::string result;
    for (char c : text) {
        if (isSpace(c)) {
            if (!result.empty() && result.back() != ' ') result += ' ';
        } else {
            result += char(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    while (!result.empty() && result.back() == ' ') result.pop_back();
    return result;
}

GlossaryEntry parseEntry(const JsonSource& source, const std::string& pointer) {
    const JsonFields fields(source, pointer);
    GlossaryEntry entry;
    entry.line = source.lineOf(pointer);
    entry.term = fields.requiredString("term");
    entry.definition = fields.requiredString("definition");
    if (entry.definition.find('\n') != std::string::npos || entry.definition.size() > kMaxDefinitionLength)
        throw FieldError(fields.pointerOf("definition"),
                         "\"definition\" must be one line of at most " + std::to_string(kMaxDefinitionLength) +
                             " characters");
    entry.forms.push_back(normalised(entry.term));
    for (const auto& also : fields.stringList("also"))
        if (!normalised(also).empty()) entry.forms.push_back(normalised(also));
    if (entry.forms.front().empty()) throw FieldError(fields.pointerOf("term"), "\"term\" must hold a word");
    return entry;
}

// The length of the match of `form` (normalised) at `start` of `text`, or 0. A space in the form matches any
// run of white space; the match must start and end at word boundaries.
std::size_t matchAt(std::string_view text, std::size_t start, std::string_view form) {
    if (start > 0 && isWordChar(text[start - 1]) && isWordChar(form.front())) return 0;
    std::size_t at = start;
    for (char wanted : form) {
        if (wanted == ' ') {
            if (at >= text.size() || !isSpace(text[at])) return 0;
            while (at < text.size() && isSpace(text[at])) ++at;
            continue;
        }
        if (at >= text.size() || std::tolower(static_cast<unsigned char>(text[at])) != wanted) return 0;
        ++at;
    }
    if (at < text.size() && isWordChar(text[at]) && isWordChar(form.back())) return 0;
    return at - start;
}

struct Form {
    std::string text;
    const GlossaryEntry* entry;
};

// Every form of the glossary, longest first, so that the first match at a position is the longest.
std::vector<Form> formsLongestFirst(const Glossary& glossary) {
    std::vector<Form> forms;
    for (const auto& entry : glossary.entries)
        for (const auto& form : entry.forms) forms.push_back({form, &entry});
    std::stable_sort(forms.begin(), forms.end(),
                     [](const Form& a, const Form& b) { return a.text.size() > b.text.size(); });
    return forms;
}

// The span cut into plain pieces and term pieces; each piece keeps the span's style.
std::vector<Span> splitSpan(const Span& span, const std::vector<Form>& forms) {
    std::vector<Span> pieces;
    const std::string_view text = span.text;
    std::size_t plainStart = 0;
    const auto piece = [&](std::size_t from, std::size_t to, const std::string& term) {
        if (to <= from) return;
        Span cut = span;
        cut.text = std::string(text.substr(from, to - from));
        cut.term = term;
        pieces.push_back(std::move(cut));
    };
    for (std::size_t at = 0; at < text.size();) {
        std::size_t length = 0;
        const GlossaryEntry* entry = nullptr;
        for (const Form& form : forms)
            if ((length = matchAt(text, at, form.text)) > 0) {
                entry = form.entry;
                break;
            }
        if (!entry) {
            ++at;
            continue;
        }
        piece(plainStart, at, "");
        piece(at, at + length, entry->term);
        at += length;
        plainStart = at;
    }
    if (pieces.empty()) return {span};
    piece(plainStart, text.size(), "");
    return pieces;
}

}  // namespace

const GlossaryEntry* Glossary::find(std::string_view wording) const {
    const std::string wanted = normalised(wording);
    for (const auto& entry : entries)
        if (std::find(entry.forms.begin(), entry.forms.end(), wanted) != entry.forms.end()) return &entry;
    return nullptr;
}

Glossary parseGlossary(const std::string& text, const std::string& file, Diagnostics& diagnostics) {
    Glossary glossary;
    const auto source = parseJsonSource(text, file, diagnostics);
    if (!source || !checkJsonHeader(*source, kGlossaryFormat, kGlossaryVersion, diagnostics)) return glossary;
    const auto& terms = JsonFields(*source, "").raw("terms");
    if (!terms.is_array()) {
        diagnostics.error(source->at("/terms", "\"terms\" must be a list; file left out"));
        return glossary;
    }
    std::map<std::string, int> formLines;  // form -> line of the entry that has it
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const std::string pointer = "/terms/" + std::to_string(i);
        try {
            GlossaryEntry entry = parseEntry(*source, pointer);
            if (formLines.count(entry.forms.front()))
                throw FieldError(pointer + "/term", "term '" + entry.term + "' is already defined on line " +
                                                        std::to_string(formLines[entry.forms.front()]));
            std::vector<std::string> kept;
            for (const auto& form : entry.forms) {
                if (std::find(kept.begin(), kept.end(), form) != kept.end()) continue;
                if (formLines.count(form)) {
                    diagnostics.error(source->at(pointer, "'" + form + "' is already a form of the term on line " +
                                                              std::to_string(formLines[form]) + "; left out"));
                    continue;
                }
                kept.push_back(form);
            }
            for (const auto& form : kept) formLines[form] = entry.line;
            entry.forms = std::move(kept);
            glossary.entries.push_back(std::move(entry));
        } catch (const FieldError& error) {
            diagnostics.error(source->at(error.pointer, std::string(error.what()) + "; term left out"));
        }
    }
    return glossary;
}

Glossary loadGlossary(const std::filesystem::path& path, Diagnostics& diagnostics) {
    const auto text = readTextFile(path, diagnostics);
    if (!text) return {};
    return parseGlossary(*text, path.string(), diagnostics);
}

void markGlossaryTerms(Document& document, const Glossary& glossary) {
    const std::vector<Form> forms = formsLongestFirst(glossary);
    if (forms.empty()) return;
    for (Block& block : document.blocks) {
        if (block.kind == BlockKind::Code) continue;
        std::vector<Span> marked;
        for (const Span& span : block.spans) {
            if (span.link != LinkKind::None || span.code || !span.term.empty()) {
                marked.push_back(span);
                continue;
            }
            for (Span& piece : splitSpan(span, forms)) marked.push_back(std::move(piece));
        }
        block.spans = std::move(marked);
    }
}

}  // namespace av
