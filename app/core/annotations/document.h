#pragma once
// The small document model that annotation text is drawn from: blocks (headings, paragraphs, list items...)
// made of styled spans, some of which link to a structure or another annotation. The UI walks it instead of
// Markdown, so it needs no Markdown code of its own.
#include "core/annotations/known_ids.h"
#include "core/diagnostics.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace av {

// Who a text is worded for: plain words for a patient in a consultation, anatomical terms for students
// and clinicians.
enum class Audience { Patient, Clinical };
inline constexpr std::array<Audience, 2> kAudiences{Audience::Patient, Audience::Clinical};

const char* audienceName(Audience audience);  // "patient", "clinical"
std::optional<Audience> parseAudience(std::string_view name);

enum class LinkKind { None, Structure, Annotation, Web };

struct Span {
    std::string text;  // "\n" alone for a hard line break
    bool emphasis = false;
    bool strong = false;
    bool code = false;
    LinkKind link = LinkKind::None;
    std::string target;  // structure id, annotation id or URL; empty without a link
    int line = 0;        // source line of the link, for messages
    std::string term;    // the glossary term this text is a use of (patient wording only), "" for none
};

enum class BlockKind { Heading, Paragraph, ListItem, Quote, Code, Rule };

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;         // heading level 1..6
    int depth = 0;         // list nesting: 0 outside lists, 1 for a top-level item and its paragraphs
    bool ordered = false;  // list item of a numbered list
    int number = 0;        // its number
    int line = 0;          // source line
    std::vector<Span> spans;
};

struct Document {
    std::vector<Block> blocks;
    bool empty() const { return blocks.empty(); }
};

// Where a piece of Markdown sits in its file. A .md body keeps its own lines (firstLine 1); Markdown
// inside a JSON string is on one line of the file whatever its "\n" escapes, so oneLine maps every
// position to firstLine.
struct MarkdownOrigin {
    std::string file;
    int firstLine = 1;
    bool oneLine = false;

    int fileLine(int markdownLine) const { return oneLine ? firstLine : firstLine + markdownLine - 1; }
};

// Parses CommonMark into the model. Links must be structure:ID, annotation:ID or http(s)://...; any other
// link, raw HTML and images are reported (file:line) and kept as plain text. Ids are not checked here
// (see checkLinks), because annotations may link to each other in any order.
Document parseMarkdown(std::string_view markdown, const MarkdownOrigin& origin, Diagnostics& diagnostics);

// Reports every structure or annotation link whose target is unknown, and turns it into plain text so the
// UI never offers a link that goes nowhere.
void checkLinks(Document& document, const IdSet& structures, const IdSet& annotations, const std::string& file,
                Diagnostics& diagnostics);

// The document as plain text (spans joined, blocks on their own lines): for search and for tests.
std::string plainText(const Document& document);

}  // namespace av
