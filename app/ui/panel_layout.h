#pragma once
// Puts each panel in its place of the core layout (core/layout/panel_layout.h): panels are docked, so the
// 3D view keeps the rectangle the layout gives it and nothing covers the body.
#include "ui/ui_context.h"

#include <imgui.h>

namespace av {

// Docked panels do not move, resize or collapse; the Panels menu opens and closes them.
inline constexpr ImGuiWindowFlags kDockedPanel =
    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;

// Places the next window where this frame's layout puts the panel.
void placeNextWindow(PanelId panel, const UiState& ui);

// Works out this frame's layout from the display, the text size and the panels that show (ui.layout).
void updateLayout(const UiContext& context, UiState& ui);

}  // namespace av
