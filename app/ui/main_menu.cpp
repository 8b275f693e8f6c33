#include "ui/main_menu.h"

#include "core/views.h"

#include <imgui.h>

#include <cctype>

namespace av {

void drawMainMenu(const UiContext& context, UiState& ui, Actions& actions) {
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu("View")) {
        int key = 1;
        for (const auto& preset : viewPresets()) {
            const std::string shortcut = std::to_string(key++);
            std::string label = preset.name;
            label[0] = char(std::toupper(label[0]));
            if (ImGui::MenuItem(label.c_str(), shortcut.c_str(), context.state.view == preset.name))
                actions.push_back({Action::Type::SetView, {}, preset.name});
        }
        ImGui::Separator();
        if (ImGui::MenuItem("Reset view", "R")) actions.push_back({Action::Type::ResetView});
        ImGui::MenuItem("Low detail meshes", "L", &ui.lowDetailRequested);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Panels")) {
        ImGui::MenuItem("Structures", nullptr, &ui.showStructures);
        ImGui::MenuItem("Information", nullptr, &ui.showInfo);
        ImGui::MenuItem("Motion and plots", nullptr, &ui.showMotion);
        ImGui::MenuItem("Load problems", nullptr, &ui.showProblems);
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

}  // namespace av
