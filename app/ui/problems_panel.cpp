#include "ui/problems_panel.h"

#include <imgui.h>

namespace av {

void drawProblemsPanel(const UiContext& context, UiState& ui) {
    ImGui::SetNextWindowSize(ImVec2(640, 240), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Load problems", &ui.showProblems)) {
        ImGui::End();
        return;
    }
    for (const auto& message : context.diagnostics.errors) {
        ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "error");
        ImGui::SameLine();
        ImGui::TextWrapped("%s", message.c_str());
    }
    for (const auto& message : context.diagnostics.warnings) {
        ImGui::TextColored(ImVec4(1.0f, 0.8f, 0.3f, 1.0f), "warning");
        ImGui::SameLine();
        ImGui::TextWrapped("%s", message.c_str());
    }
    ImGui::End();
}

}  // namespace av
