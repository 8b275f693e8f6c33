#include "ui/panel_layout.h"

namespace av {

void placeNextWindow(PanelId panel, const UiState& ui) {
    for (const PanelPlace& place : ui.layout.panels)
        if (place.id == panel) {
            ImGui::SetNextWindowPos(ImVec2(place.rect.x, place.rect.y), ImGuiCond_Always);
            ImGui::SetNextWindowSize(ImVec2(place.rect.width, place.rect.height), ImGuiCond_Always);
            ImGui::SetNextWindowBgAlpha(1.0f);  // panels sharing a place hide each other completely
            return;
        }
}

void updateLayout(const UiContext& context, UiState& ui) {
    // A tour starts with the structure list out of the way; the user may bring it back.
    if (context.state.tour != ui.lastTour) ui.panels.inTourToo = false;
    ui.lastTour = context.state.tour;
    const ImGuiIO& io = ImGui::GetIO();
    LayoutInput input;
    input.width = io.DisplaySize.x;
    input.height = io.DisplaySize.y;
    input.top = ImGui::GetFrameHeight();          // the menu bar
    input.bottom = ImGui::GetFrameHeight() + 6;   // the status bar
    input.largeText = context.state.largeText;
    input.caption = ui.panels.presenter ? captionHeight(context) : 0;
    input.open = openPanels(context.state, ui.panels);
    ui.layout = layoutPanels(input);
}

}  // namespace av
