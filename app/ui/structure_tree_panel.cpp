#include "ui/structure_tree_panel.h"

#include "ui/panel_layout.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>

namespace av {
namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

bool matches(const StructureSpec& spec, const std::string& query) {
    if (query.empty()) return true;
    const std::string q = lower(query);
    return lower(spec.name).find(q) != std::string::npos || spec.id.find(q) != std::string::npos;
}

void drawRow(const UiContext& context, std::size_t index, Actions& actions, int depth, bool withParts) {
    const Structure& structure = context.atlas.structures()[index];
    const StructureSpec& spec = structure.spec;
    ImGui::PushID(int(index));
    ImGui::Indent(depth * 12.0f);
    bool visible = context.state.visible[index];
    if (ImGui::Checkbox("##visible", &visible)) actions.push_back(act::SetVisible{spec.id, visible});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(visible ? "Hide" : "Show");
    ImGui::SameLine();
    const bool selected = context.state.selected == index;
    if (ImGui::Selectable(spec.name.c_str(), selected, ImGuiSelectableFlags_AllowDoubleClick,
                          ImVec2(ImGui::GetContentRegionAvail().x - 90, 0))) {
        actions.push_back(act::Select{spec.id});
        if (ImGui::IsMouseDoubleClicked(0)) actions.push_back(act::Focus{spec.id});
    }
    // Only a change of hover is an action: a row resting under the mouse must not keep the loop awake.
    if (ImGui::IsItemHovered() && context.state.hovered != index) actions.push_back(act::Hover{spec.id});
    if (!spec.isGroup()) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(80);
        float opacity = context.state.opacity[index];
        if (ImGui::SliderFloat("##opacity", &opacity, 0.0f, 1.0f, "%.2f"))
            actions.push_back(act::SetOpacity{spec.id, opacity});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Opacity");
    }
    ImGui::Unindent(depth * 12.0f);
    ImGui::PopID();
    if (withParts)
        for (std::size_t part : structure.parts) drawRow(context, part, actions, depth + 1, true);
}

}  // namespace

void drawStructureTreePanel(const UiContext& context, UiState& ui, Actions& actions) {
    placeNextWindow(PanelId::Structures, ui);
    bool open = true;
    const bool shown = ImGui::Begin("Structures", &open, kDockedPanel);
    if (!open) ui.panels.structures = ui.panels.inTourToo = false;  // closed: also during a tour
    if (!shown) {
        ImGui::End();
        return;
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##search", "Search structures", &ui.search);
    if (ImGui::Button("Show all")) actions.push_back(act::ShowAll{});
    if (context.state.selected) {
        ImGui::SameLine();
        const std::string& id = context.atlas.structures()[*context.state.selected].spec.id;
        if (ImGui::Button("Show only selected")) actions.push_back(act::ShowOnly{id});
    }
    ImGui::Separator();
    const auto& structures = context.atlas.structures();
    for (const KindInfo& kind : structureKinds()) {
        // Top-level rows of this kind; parts are drawn under their parent, except while searching.
        std::vector<std::size_t> rows;
        for (std::size_t i = 0; i < structures.size(); ++i) {
            const auto& spec = structures[i].spec;
            const bool topLevel = spec.parent.empty() || !ui.search.empty();
            if (spec.kind == kind.kind && topLevel && matches(spec, ui.search)) rows.push_back(i);
        }
        if (rows.empty()) continue;
        ImGui::SetNextItemOpen(true, ImGuiCond_FirstUseEver);
        if (ImGui::CollapsingHeader(kind.plural))
            for (std::size_t i : rows)
                drawRow(context, i, actions, 0, ui.search.empty());
    }
    ImGui::End();
}

}  // namespace av
