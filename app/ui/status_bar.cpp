#include "ui/status_bar.h"

#include <imgui.h>

#include <cstdio>

namespace av {

void drawStatusBar(const UiContext& context, UiState& ui) {
    const ImGuiIO& io = ImGui::GetIO();
    const float height = ImGui::GetFrameHeight() + 6;
    ImGui::SetNextWindowPos(ImVec2(0, io.DisplaySize.y - height));
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("##status", nullptr, flags);
    if (context.state.hovered)
        ImGui::TextUnformatted(context.atlas.structures()[*context.state.hovered].spec.name.c_str());
    else
        ImGui::TextDisabled("%zu structures", context.atlas.structures().size());
    const std::size_t problems = context.diagnostics.errors.size() + context.diagnostics.warnings.size();
    if (problems) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.7f, 0.3f, 1.0f));
        if (ImGui::SmallButton((std::to_string(problems) + " load problem(s)").c_str())) ui.showProblems = true;
        ImGui::PopStyleColor();
    }
    char timing[96];
    std::snprintf(timing, sizeof timing, "%s detail | frame %.1f ms | 3D %.1f ms",
                  context.stats.lowDetail ? "low" : "full", context.stats.frameMs, context.stats.renderMs);
    ImGui::SameLine(io.DisplaySize.x - ImGui::CalcTextSize(timing).x - 16);
    ImGui::TextDisabled("%s", timing);
    ImGui::End();
}

}  // namespace av
