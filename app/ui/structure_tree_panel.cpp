#include "ui/structure_tree_panel.h"

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
    if (ImGui::Checkbox("##visible", &visible)) actions.push_back({Action::Type::SetVisible, spec.id, {}, visible});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(visible ? "Hide" : "Show");
    ImGui::SameLine();
    const bool selected = context.state.selected == index;
    if (ImGui::Selectable(spec.name.c_str(), selected, ImGuiSelectableFlags_AllowDoubleClick,
                          ImVec2(ImGui::GetContentRegionAvail().x - 90, 0))) {
        actions.push_back({Action::Type::Select, spec.id});
        if (ImGui::IsMouseDoubleClicked(0)) actions.push_back({Action::Type::Focus, spec.id});
    }
    if (ImGui::IsItemHovered()) actions.push_back({Action::Type::Hover, spec.id});
    if (!spec.isGroup()) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(80);
        float opacity = context.state.opacity[index];
        if (ImGui::SliderFloat("##opacity", &opacity, 0.0f, 1.0f, "%.2f"))
            actions.push_back({Action::Type::SetOpacity, spec.id, {}, false, opacity});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Opacity");
    }
    ImGui::Unindent(depth * 12.0f);
    ImGui::PopID();
    if (withParts)
        for (std::size_t part : structure.parts) drawRow(context, part, actions, depth + 1, true);
}

}  // namespace

void drawStructureTreePanel(const UiContext& context, UiState& ui, Actions& actions) {
    ImGui::SetNextWindowPos(ImVec2(10, 40), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(340, 520), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Structures", &ui.showStructures)) {
        ImGui::End();
        return;
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##search", "Search structures", &ui.search);
    if (ImGui::Button("Show all")) actions.push_back({Action::Type::ShowAll});
    if (context.state.selected) {
        ImGui::SameLine();
        const std::string& id = context.atlas.structures()[*context.state.selected].spec.id;
        if (ImGui::Button("Show only selected")) actions.push_back({Action::Type::ShowOnly, id});
    }
    ImGui::Separator();
    const auto& structures = context.atlas.structures();
    const StructureKind kinds[] = {StructureKind::Bone,     StructureKind::Muscle, StructureKind::Tendon,
                                   StructureKind::Ligament, StructureKind::Bursa,  StructureKind::Nerve,
                                   StructureKind::Skin,     StructureKind::Region};
    static const char* headings[] = {"Bones", "Muscles", "Tendons", "Ligaments", "Bursae", "Nerves", "Skin", "Regions"};
    for (std::size_t k = 0; k < std::size(kinds); ++k) {
        // Top-level rows of this kind; parts are drawn under their parent, except while searching.
        std::vector<std::size_t> rows;
        for (std::size_t i = 0; i < structures.size(); ++i) {
            const auto& spec = structures[i].spec;
            const bool topLevel = spec.parent.empty() || !ui.search.empty();
            if (spec.kind == kinds[k] && topLevel && matches(spec, ui.search)) rows.push_back(i);
        }
        if (rows.empty()) continue;
        ImGui::SetNextItemOpen(true, ImGuiCond_FirstUseEver);
        if (ImGui::CollapsingHeader(headings[k]))
            for (std::size_t i : rows)
                drawRow(context, i, actions, 0, ui.search.empty());
    }
    ImGui::End();
}

}  // namespace av
