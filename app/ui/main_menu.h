#pragma once
#include "ui/ui_context.h"

namespace av {

// The menu bar: preset views, panels, level of detail.
void drawMainMenu(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
