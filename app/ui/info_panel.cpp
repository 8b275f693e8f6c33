#include "ui/info_panel.h"

#include <imgui.h>

namespace av {

void drawInfoPanel(const UiContext& context, UiState& ui, Actions& actions) {
    ImGui::SetNextWindowPos(ImVec2(ImGui::GetIO().DisplaySize.x - 370, 40), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(360, 300), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Information", &ui.showInfo)) {
        ImGui::End();
        return;
    }
    if (!context.state.selected) {
        ImGui::TextWrapped("Click a structure in the view or in the list to read about it.");
        ImGui::End();
        return;
    }
    const std::size_t index = *context.state.selected;
    const Structure& structure = context.atlas.structures()[index];
    const StructureSpec& spec = structure.spec;
    ImGui::TextUnformatted(spec.name.c_str());
    ImGui::Separator();
    ImGui::TextDisabled("%s, moves with the %s", kindName(spec.kind), spec.segment.c_str());
    if (!spec.parent.empty())
        if (const Structure* parent = context.atlas.find(spec.parent)) {
            ImGui::TextDisabled("Part of");
            ImGui::SameLine();
            if (ImGui::SmallButton(parent->spec.name.c_str())) actions.push_back({Action::Type::Select, parent->spec.id});
        }
    for (std::size_t part : structure.parts) {
        const StructureSpec& partSpec = context.atlas.structures()[part].spec;
        ImGui::Bullet();
        if (ImGui::SmallButton(partSpec.name.c_str())) actions.push_back({Action::Type::Select, partSpec.id});
    }
    if (ImGui::Button("Focus")) actions.push_back({Action::Type::Focus, spec.id});
    ImGui::SameLine();
    if (ImGui::Button("Show only")) actions.push_back({Action::Type::ShowOnly, spec.id});
    ImGui::SameLine();
    if (ImGui::Button("Hide")) {
        actions.push_back({Action::Type::SetVisible, spec.id, {}, false});
        actions.push_back({Action::Type::Select, ""});
    }
    ImGui::End();
}

}  // namespace av
