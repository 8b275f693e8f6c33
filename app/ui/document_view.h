#pragma once
// Draws an annotation's document model with ImGui: headings, paragraphs of styled spans wrapped word by word,
// lists, quotes, code and rules. Links act through actions: a structure link selects and focuses it (hovering
// previews its highlight), an annotation link opens that text, a web link only shows its address (the viewer
// opens no browser). A glossary term (marked in patient text when it loaded) is underlined with dots and shows
// its plain definition while the mouse rests on it.
#include "ui/ui_context.h"

#include <cstddef>

namespace av {

void drawDocument(const Document& document, const UiContext& context, Actions& actions);

// Blocks [first, last) only, e.g. to leave out a heading that repeats the panel's title.
void drawBlocks(const Document& document, std::size_t first, std::size_t last, const UiContext& context,
                Actions& actions);

// The blocks of a short summary: the first block that is not a heading, with the blocks of the same kind
// right after it (a whole list). Empty (first == last) for a document of headings only.
struct BlockRange {
    std::size_t first = 0, last = 0;
};
BlockRange summaryBlocks(const Document& document);

}  // namespace av
