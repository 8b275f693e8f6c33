#include "ui/seeing_inside_panel.h"

#include "ui/panel_layout.h"

#include <imgui.h>

namespace av {
namespace {

struct Layer {
    StructureKind kind;
    const char* label;
};

constexpr Layer kLayers[] = {{StructureKind::Skin, "Skin"},         {StructureKind::Muscle, "Muscles"},
                             {StructureKind::Tendon, "Tendons"},     {StructureKind::Ligament, "Ligaments"},
                             {StructureKind::Bursa, "Bursae"},       {StructureKind::Nerve, "Nerves"},
                             {StructureKind::Bone, "Bones"}};

// A layer counts as shown while any structure of its kind is; unticking hides them all.
struct LayerState {
    bool present = false, shown = false;
};

LayerState layerState(const UiContext& context, StructureKind kind) {
    LayerState state;
    const auto& structures = context.atlas.structures();
    for (std::size_t i = 0; i < structures.size(); ++i)
        if (structures[i].spec.kind == kind && !structures[i].spec.isGroup()) {
            state.present = true;
            if (i < context.state.visible.size() && context.state.visible[i]) state.shown = true;
        }
    return state;
}

void drawToggle(const char* label, bool value, Action::Type type, const char* tooltip, Actions& actions) {
    bool next = value;
    if (ImGui::Checkbox(label, &next)) actions.push_back({type, {}, {}, next});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
}

}  // namespace

void drawSeeingInsidePanel(const UiContext& context, UiState& ui, Actions& actions) {
    placeNextWindow(PanelSlot::SeeingInside, ui);
    if (!ImGui::Begin("Seeing inside", &ui.showSeeingInside)) {
        ImGui::End();
        return;
    }
    // Outside in, two a row, so peeling layers off reads left to right, top to bottom.
    const float column = ImGui::GetContentRegionAvail().x * 0.5f;
    int drawn = 0;
    for (const Layer& layer : kLayers) {
        const LayerState state = layerState(context, layer.kind);
        if (!state.present) continue;
        if (drawn++ % 2 == 1) ImGui::SameLine(column);
        bool shown = state.shown;
        if (ImGui::Checkbox(layer.label, &shown))
            actions.push_back({Action::Type::SetLayer, {}, kindName(layer.kind), shown});
    }
    ImGui::Separator();
    const ExplainState& explain = context.explain;
    drawToggle("X-ray", explain.xray, Action::Type::SetXray,
               "See through everything but the selected and highlighted structures (X)", actions);
    ImGui::SameLine(column);
    drawToggle("Labels", explain.labels, Action::Type::SetLabels, "Name the structures in the view (L)", actions);
    drawToggle("Large text for consultations", explain.largeText, Action::Type::SetLargeText,
               "Everything larger, for reading across a desk", actions);
    ImGui::End();
}

}  // namespace av
