#include "ui/pain_legend.h"

#include <imgui.h>

#include <algorithm>

namespace av {

void drawPainLegend(const UiContext& context) {
    std::vector<const Mimic*> shown;
    for (const auto& id : context.state.mimics)
        for (const auto& mimic : context.content.mimics)
            if (mimic.id == id) shown.push_back(&mimic);
    if (shown.empty()) return;
    const ImGuiIO& io = ImGui::GetIO();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line = ImGui::GetTextLineHeight(), swatch = line, gap = style.ItemSpacing.x;
    const char* title = "Where it is felt";
    float width = ImGui::CalcTextSize(title).x;
    for (const Mimic* mimic : shown) width = std::max(width, swatch + gap + ImGui::CalcTextSize(mimic->name.c_str()).x);
    const ImVec2 pad = style.WindowPadding;
    const float height = line * float(shown.size() + 1) + style.ItemSpacing.y * float(shown.size()) + 2 * pad.y;
    // Bottom left of the window, above the status bar: the corner the panels leave free longest.
    const ImVec2 corner(pad.x + 4, io.DisplaySize.y - height - 2 * line - 8);
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    draw->AddRectFilled(corner, ImVec2(corner.x + width + 2 * pad.x, corner.y + height), IM_COL32(20, 22, 28, 215), 4.0f);
    ImVec2 at(corner.x + pad.x, corner.y + pad.y);
    draw->AddText(at, IM_COL32(235, 235, 235, 255), title);
    for (const Mimic* mimic : shown) {
        at.y += line + style.ItemSpacing.y;
        const ImU32 color = ImGui::ColorConvertFloat4ToU32(ImVec4(mimic->color[0], mimic->color[1], mimic->color[2], 1.0f));
        draw->AddRectFilled(at, ImVec2(at.x + swatch, at.y + swatch), color, 2.0f);
        draw->AddText(ImVec2(at.x + swatch + gap, at.y), IM_COL32(235, 235, 235, 255), mimic->name.c_str());
    }
}

}  // namespace av
