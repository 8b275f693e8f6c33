#include "ui/seeing_inside_panel.h"

#include "ui/panel_layout.h"

#include <imgui.h>

namespace av {
namespace {

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

// A switch that asks for `Switch{on}` when flipped.
template <typename Switch>
void drawToggle(const char* label, bool value, const char* tooltip, Actions& actions) {
    bool next = value;
    if (ImGui::Checkbox(label, &next)) actions.push_back(Switch{next});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
}

}  // namespace

void drawSeeingInsidePanel(const UiContext& context, UiState& ui, Actions& actions) {
    placeNextWindow(PanelId::SeeingInside, ui);
    if (!ImGui::Begin("Seeing inside", &ui.panels.seeingInside, kDockedPanel)) {
        ImGui::End();
        return;
    }
    // Outside in, two a row, so peeling layers off reads left to right, top to bottom.
    const float column = ImGui::GetContentRegionAvail().x * 0.5f;
    int drawn = 0;
    for (const KindInfo& layer : structureKinds()) {
        if (!layer.layer) continue;
        const LayerState state = layerState(context, layer.kind);
        if (!state.present) continue;
        if (drawn++ % 2 == 1) ImGui::SameLine(column);
        bool shown = state.shown;
        if (ImGui::Checkbox(layer.plural, &shown)) actions.push_back(act::SetLayer{layer.kind, shown});
    }
    ImGui::Separator();
    const ViewerState& state = context.state;
    drawToggle<act::SetXray>("X-ray", state.xray, "See through everything but the selected and highlighted structures (X)",
                             actions);
    ImGui::SameLine(column);
    drawToggle<act::SetLabels>("Labels", state.labels, "Name the structures in the view (L)", actions);
    drawToggle<act::SetLargeText>("Large text for consultations", state.largeText,
                                  "Everything larger, for reading across a desk", actions);
    ImGui::End();
}

}  // namespace av
