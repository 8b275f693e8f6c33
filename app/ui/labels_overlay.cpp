#include "ui/labels_overlay.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

namespace av {
namespace {

// The label font: ImGui's default font at the global scale (large text included). Read from the atlas
// rather than the current window so that labels measure the same before a frame's windows exist.
ImFont* labelFont() {
    const ImGuiIO& io = ImGui::GetIO();
    return io.FontDefault ? io.FontDefault : io.Fonts->Fonts.empty() ? nullptr : io.Fonts->Fonts[0];
}

float labelFontSize(const ImFont& font) { return font.FontSize * ImGui::GetIO().FontGlobalScale; }

ImVec2 padding() {
    const float scale = ImGui::GetIO().FontGlobalScale;
    return ImVec2(5 * scale, 2 * scale);
}

}  // namespace

void measureLabel(const std::string& text, float& width, float& height) {
    const ImFont* font = labelFont();
    const ImVec2 pad = padding();
    if (!font || !font->IsLoaded()) {  // before the font atlas is built: ImGui's default font is 7x13
        width = 7.0f * float(text.size()) * ImGui::GetIO().FontGlobalScale + 2 * pad.x;
        height = 13.0f * ImGui::GetIO().FontGlobalScale + 2 * pad.y;
        return;
    }
    const float size = labelFontSize(*font);
    const ImVec2 textSize = font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str());
    width = textSize.x + 2 * pad.x;
    height = size + 2 * pad.y;
}

void drawLabels(const std::vector<PlacedLabel>& labels) {
    ImFont* font = labelFont();
    if (!font || !font->IsLoaded()) return;
    ImDrawList* drawList = ImGui::GetBackgroundDrawList();
    const float size = labelFontSize(*font);
    const float scale = ImGui::GetIO().FontGlobalScale;
    const ImVec2 pad = padding();
    const ImU32 box = IM_COL32(18, 20, 26, 205);
    const ImU32 border = IM_COL32(255, 255, 255, 60);
    const ImU32 text = IM_COL32(245, 245, 245, 255);
    const ImU32 leader = IM_COL32(240, 240, 240, 220);
    const ImU32 shadow = IM_COL32(0, 0, 0, 160);
    // Every leader first, then every box, so that no line crosses another label's text.
    for (const PlacedLabel& label : labels) {
        const ImVec2 anchor(label.anchorX, label.anchorY);
        // The leader starts where the box is nearest the anchor, and is left out if the box covers it.
        const ImVec2 from(std::clamp(anchor.x, label.x, label.x + label.width),
                          std::clamp(anchor.y, label.y, label.y + label.height));
        if (from.x != anchor.x || from.y != anchor.y) {
            drawList->AddLine(from, anchor, shadow, 3.0f * scale);  // keeps the line visible on pale bone
            drawList->AddLine(from, anchor, leader, 1.2f * scale);
        }
        drawList->AddCircleFilled(anchor, 3.5f * scale, shadow);
        drawList->AddCircleFilled(anchor, 2.5f * scale, leader);
    }
    for (const PlacedLabel& label : labels) {
        const ImVec2 min(label.x, label.y), max(label.x + label.width, label.y + label.height);
        drawList->AddRectFilled(min, max, box, 4.0f * scale);
        drawList->AddRect(min, max, border, 4.0f * scale);
        drawList->AddText(font, size, ImVec2(min.x + pad.x, min.y + pad.y), text, label.text.c_str());
    }
}

}  // namespace av
