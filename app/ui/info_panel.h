#pragma once
#include "ui/ui_context.h"

namespace av {

// What the selected structure is: name, kind, segment, parts; buttons to focus, hide, show only it.
void drawInfoPanel(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
