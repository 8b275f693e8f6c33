#include "ui/document_view.h"

#include "ui/ui_colors.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string_view>

namespace av {
namespace {

// A word of a paragraph with the span it belongs to. Spans break anywhere, even inside a word
// ("**bold**,"), so a word only starts a new line where the text had a space before it.
struct Word {
    const Span* span = nullptr;
    std::string_view text;  // empty for a hard line break
    bool spaceBefore = false;
};

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

std::vector<Word> splitWords(const std::vector<Span>& spans) {
    std::vector<Word> words;
    bool space = false;
    for (const Span& span : spans) {
        if (span.text == "\n") {
            words.push_back({&span, {}, false});
            space = false;
            continue;
        }
        const std::string_view text = span.text;
        std::size_t i = 0;
        while (i < text.size()) {
            if (isSpace(text[i])) {
                space = true;
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end < text.size() && !isSpace(text[end])) ++end;
            words.push_back({&span, text.substr(i, end - i), space});
            space = false;
            i = end;
        }
    }
    return words;
}

// The width of the words from `first` that are glued to it (no space between, e.g. "(" and a link), which
// must go to the next line together.
template <class Measure>
float runWidth(const std::vector<Word>& words, std::size_t first, const Measure& textWidth) {
    float width = textWidth(words[first].text);
    for (std::size_t i = first + 1; i < words.size() && !words[i].spaceBefore && !words[i].text.empty(); ++i)
        width += textWidth(words[i].text);
    return width;
}

// Which link the mouse was over last frame, so that every word of a multi-word link lights up together.
struct LinkHover {
    ImGuiID slot = 0;      // where it is kept in the window's state storage
    ImGuiID previous = 0;  // the link hovered last frame
    ImGuiID current = 0;   // the link hovered this frame
};

ImGuiID linkKey(const Span& span) { return ImGui::GetID(static_cast<const void*>(&span)); }

// What a link does when the mouse is over it: a structure previews its highlight and names itself; an
// annotation names its title; a web link shows where it would go.
void hoverLink(const Span& span, const UiContext& context, Actions& actions) {
    switch (span.link) {
    case LinkKind::Structure:
        if (const Structure* structure = context.atlas.find(span.target)) {
            const auto& hovered = context.state.hovered;
            if (!hovered || context.atlas.structures()[*hovered].spec.id != span.target)
                actions.push_back(act::Hover{span.target});
            ImGui::SetTooltip("%s (click to select)", structure->spec.name.c_str());
        }
        break;
    case LinkKind::Annotation:
        if (const Annotation* annotation = context.content.annotations.find(span.target))
            ImGui::SetTooltip("Read: %s", annotation->title.c_str());
        break;
    case LinkKind::Web: ImGui::SetTooltip("%s", span.target.c_str()); break;
    case LinkKind::None: break;
    }
}

// A glossary term in patient text: a dotted underline says there is more to it, and resting the mouse on the
// word shows its one-line definition.
void drawTerm(const Span& span, ImVec2 pos, float width, const UiContext& context) {
    const GlossaryEntry* entry = context.content.glossary.find(span.term);
    if (!entry) return;
    const float lineHeight = ImGui::GetTextLineHeight();
    const float y = pos.y + lineHeight - 1;
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const ImU32 color = ImGui::GetColorU32(ui_colors::kMuted);
    for (float x = pos.x; x < pos.x + width; x += 4.0f)
        drawList->AddLine(ImVec2(x, y), ImVec2(std::min(x + 2.0f, pos.x + width), y), color);
    if (ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(pos, ImVec2(pos.x + width, pos.y + lineHeight)))
        ImGui::SetTooltip("%s: %s", entry->term.c_str(), entry->definition.c_str());
}

void followLink(const Span& span, Actions& actions) {
    if (span.link == LinkKind::Structure) {
        actions.push_back(act::Select{span.target});
        actions.push_back(act::Focus{span.target});
    } else if (span.link == LinkKind::Annotation) {
        actions.push_back(act::OpenAnnotation{span.target});
    }
}

// Draws text with the draw list, faking the styles the single ImGui font lacks: bold is drawn twice a pixel
// apart, italic shears the glyph quads just emitted.
void drawStyledText(ImDrawList* drawList, ImVec2 pos, std::string_view text, ImU32 color, bool bold, bool italic) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const int firstVertex = drawList->VtxBuffer.Size;
    drawList->AddText(font, size, pos, color, text.data(), text.data() + text.size());
    if (bold) drawList->AddText(font, size, ImVec2(pos.x + 1, pos.y), color, text.data(), text.data() + text.size());
    if (italic) {
        const float baseline = pos.y + size;
        for (int i = firstVertex; i < drawList->VtxBuffer.Size; ++i)
            drawList->VtxBuffer[i].pos.x += (baseline - drawList->VtxBuffer[i].pos.y) * 0.18f;
    }
}

// Lays the spans out from the cursor between `left` and `right` (screen x), wrapping at spaces, and leaves
// the cursor below them.
void drawSpans(const std::vector<Span>& spans, ImU32 baseColor, bool blockItalic, float left, float right,
               const UiContext& context, Actions& actions, LinkHover& linkHover) {
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float lineHeight = ImGui::GetTextLineHeight();
    const float lineStep = lineHeight + ImGui::GetStyle().ItemSpacing.y * 0.5f;
    const float space = font->CalcTextSizeA(size, FLT_MAX, 0, " ").x;
    const float top = ImGui::GetCursorScreenPos().y;
    const ImU32 linkColor = ImGui::GetColorU32(ui_colors::kLink);
    const ImU32 linkHoveredColor = ImGui::GetColorU32(ui_colors::kLinkHovered);
    const ImU32 codeColor = ImGui::GetColorU32(ui_colors::kCode);
    const ImU32 codeBackground = ImGui::GetColorU32(ui_colors::kCodeBackground);

    const auto textWidth = [&](std::string_view text) {
        return font->CalcTextSizeA(size, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
    };
    float x = left, y = top;
    const std::vector<Word> words = splitWords(spans);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Word& word = words[i];
        const Span& span = *word.span;
        if (word.text.empty()) {  // hard line break
            x = left;
            y += lineStep;
            continue;
        }
        const float width = textWidth(word.text);
        float gap = word.spaceBefore && x > left ? space : 0.0f;
        if (word.spaceBefore && x > left && x + gap + runWidth(words, i, textWidth) > right) {
            x = left;
            y += lineStep;
            gap = 0;
        }
        const ImVec2 pos(x + gap, y);
        ImU32 color = span.code ? codeColor : baseColor;
        if (span.link != LinkKind::None) {
            const ImGuiID key = linkKey(span);
            ImGui::SetCursorScreenPos(pos);
            ImGui::PushID(int(i));
            // A button per word: clickable, and reachable with the keyboard (Tab / arrows, Space or Enter).
            if (ImGui::InvisibleButton("##link", ImVec2(width, lineHeight))) followLink(span, actions);
            if (ImGui::IsItemHovered()) {
                linkHover.current = key;
                hoverLink(span, context, actions);
            }
            if (ImGui::IsItemFocused())
                drawList->AddRect(ImVec2(pos.x - 2, pos.y - 1), ImVec2(pos.x + width + 2, pos.y + lineHeight + 1),
                                  ImGui::GetColorU32(ImGuiCol_NavHighlight), 2.0f);
            ImGui::PopID();
            color = key == linkHover.previous || key == linkHover.current ? linkHoveredColor : linkColor;
            // Underline the space too inside one link, so a multi-word link reads as one.
            const bool sameLinkBefore = gap > 0 && i > 0 && words[i - 1].span == word.span;
            const float underlineY = pos.y + lineHeight - 1;
            drawList->AddLine(ImVec2(sameLinkBefore ? x : pos.x, underlineY), ImVec2(pos.x + width, underlineY), color);
        }
        if (!span.term.empty()) drawTerm(span, pos, width, context);
        if (span.code)
            drawList->AddRectFilled(ImVec2(pos.x - 2, pos.y), ImVec2(pos.x + width + 2, pos.y + lineHeight),
                                    codeBackground, 3.0f);
        drawStyledText(drawList, pos, word.text, color, span.strong, span.emphasis || blockItalic);
        x = pos.x + width;
    }
    // One item for the whole paragraph, so the window scrolls and sizes to it.
    ImGui::SetCursorScreenPos(ImVec2(left, top));
    ImGui::Dummy(ImVec2(right - left, y + lineHeight - top));
}

void drawCode(const Block& block) {
    std::string text;
    for (const Span& span : block.spans) text += span.text;
    while (!text.empty() && text.back() == '\n') text.pop_back();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float padding = ImGui::GetStyle().FramePadding.x;
    const ImVec2 textSize = ImGui::CalcTextSize(text.c_str());
    ImGui::GetWindowDrawList()->AddRectFilled(
        start, ImVec2(start.x + width, start.y + textSize.y + 2 * padding),
        ImGui::GetColorU32(ui_colors::kCodeBackground), 3.0f);
    ImGui::GetWindowDrawList()->AddText(ImVec2(start.x + padding, start.y + padding),
                                        ImGui::GetColorU32(ui_colors::kCode), text.c_str());
    ImGui::Dummy(ImVec2(width, textSize.y + 2 * padding));
}

float headingScale(int level) { return level <= 1 ? 1.4f : level == 2 ? 1.2f : 1.05f; }

// Space above a block: more before a heading, little between the items of one list.
float spaceBefore(const Block& block, const Block* previous) {
    if (!previous) return 0;
    const float font = ImGui::GetFontSize();
    if (block.kind == BlockKind::Heading) return font * 0.7f;
    if (block.kind == BlockKind::ListItem && previous->kind == BlockKind::ListItem) return 0;
    return font * 0.3f;
}

void drawBlock(const Block& block, const UiContext& context, Actions& actions, LinkHover& linkHover) {
    const float font = ImGui::GetFontSize();
    const float indentStep = font * 1.4f;
    const float left = ImGui::GetCursorScreenPos().x;
    const float right = left + ImGui::GetContentRegionAvail().x;
    const ImU32 textColor = ImGui::GetColorU32(ImGuiCol_Text);
    switch (block.kind) {
    case BlockKind::Heading: {
        ImGui::SetWindowFontScale(headingScale(block.level));
        drawSpans(block.spans, ImGui::GetColorU32(ui_colors::kHeading), false, left, right, context, actions, linkHover);
        ImGui::SetWindowFontScale(1.0f);
        break;
    }
    case BlockKind::Paragraph: {
        const float indent = indentStep * float(block.depth);  // a later paragraph of a list item
        drawSpans(block.spans, textColor, false, left + indent, right, context, actions, linkHover);
        break;
    }
    case BlockKind::ListItem: {
        const float indent = indentStep * float(std::max(block.depth, 1));
        const ImVec2 start = ImGui::GetCursorScreenPos();
        ImDrawList* drawList = ImGui::GetWindowDrawList();
        if (block.ordered) {
            const std::string number = std::to_string(block.number) + ".";
            const float width = ImGui::CalcTextSize(number.c_str()).x;
            drawList->AddText(ImVec2(left + indent - width - font * 0.4f, start.y), textColor, number.c_str());
        } else {
            // Filled at the first level, hollow below, so nesting shows without relying on indentation alone.
            const ImVec2 centre(left + indent - font * 0.7f, start.y + ImGui::GetTextLineHeight() * 0.5f);
            if (block.depth <= 1) drawList->AddCircleFilled(centre, font * 0.17f, textColor);
            else drawList->AddCircle(centre, font * 0.17f, textColor);
        }
        drawSpans(block.spans, textColor, false, left + indent, right, context, actions, linkHover);
        break;
    }
    case BlockKind::Quote: {
        const float top = ImGui::GetCursorScreenPos().y;
        drawSpans(block.spans, ImGui::GetColorU32(ui_colors::kMuted), true, left + font, right, context, actions,
                  linkHover);
        const float bottom = ImGui::GetItemRectMax().y;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(left + font * 0.2f, top), ImVec2(left + font * 0.4f, bottom),
                                                  ImGui::GetColorU32(ui_colors::kMuted));
        break;
    }
    case BlockKind::Code: drawCode(block); break;
    case BlockKind::Rule: ImGui::Separator(); break;
    }
}

}  // namespace

void drawBlocks(const Document& document, std::size_t first, std::size_t last, const UiContext& context,
                Actions& actions) {
    last = std::min(last, document.blocks.size());
    ImGuiStorage* storage = ImGui::GetStateStorage();
    LinkHover linkHover;
    linkHover.slot = ImGui::GetID("##hovered-link");
    linkHover.previous = storage->GetInt(linkHover.slot, 0);
    ImGui::PushID(static_cast<const void*>(&document));
    for (std::size_t i = first; i < last; ++i) {
        const Block& block = document.blocks[i];
        if (const float space = spaceBefore(block, i > first ? &document.blocks[i - 1] : nullptr); space > 0)
            ImGui::Dummy(ImVec2(0, space));
        ImGui::PushID(int(i));
        drawBlock(block, context, actions, linkHover);
        ImGui::PopID();
    }
    ImGui::PopID();
    storage->SetInt(linkHover.slot, int(linkHover.current));
}

void drawDocument(const Document& document, const UiContext& context, Actions& actions) {
    drawBlocks(document, 0, document.blocks.size(), context, actions);
}

BlockRange summaryBlocks(const Document& document) {
    const auto& blocks = document.blocks;
    std::size_t first = 0;
    while (first < blocks.size() && blocks[first].kind == BlockKind::Heading) ++first;
    std::size_t last = first;
    while (last < blocks.size() && blocks[last].kind == blocks[first].kind) ++last;
    return {first, last};
}

}  // namespace av
