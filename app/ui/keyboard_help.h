#pragma once
#include "ui/ui_context.h"

namespace av {

// Help > Keyboard: the shortcuts of the 3D view and how to reach the panels without a mouse. Opened at the
// top level (ImGui popups opened inside a menu belong to the menu's id stack).
void drawKeyboardHelp(UiState& ui);

}  // namespace av
