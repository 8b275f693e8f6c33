#include "ui/strain_legend.h"

#include "core/atlas/strain_display.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace av {
namespace {

ImU32 toImColor(const std::array<float, 3>& c) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c[0], c[1], c[2], 1.0f)); }

}  // namespace

void drawStrainLegend() {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x, height = 14.0f;
    constexpr int steps = 48;
    for (int i = 0; i < steps; ++i) {
        const float x0 = origin.x + width * i / steps, x1 = origin.x + width * (i + 1) / steps;
        const double strain = kStrainScaleMax * (i + 0.5) / steps;
        draw->AddRectFilled(ImVec2(x0, origin.y), ImVec2(x1 + 1, origin.y + height), toImColor(strainColor(strain)));
    }
    ImGui::Dummy(ImVec2(width, height));
    // Ticks every 2 %, each label centred on its place (the end ones kept inside the bar).
    const float y = ImGui::GetCursorPosY(), left = ImGui::GetCursorPosX();
    const int top = int(kStrainScaleMax * 100 + 0.5);
    for (int percent = 0; percent <= top; percent += 2) {
        char label[16];
        std::snprintf(label, sizeof label, "%d%%", percent);
        const float labelWidth = ImGui::CalcTextSize(label).x;
        const float x = std::clamp(width * percent / top - labelWidth / 2, 0.0f, width - labelWidth);
        ImGui::SetCursorPos(ImVec2(left + x, y));
        ImGui::TextUnformatted(label);
    }
    ImGui::TextDisabled("tendon strain; tendons tear at about 8-12%%");
}

}  // namespace av
