#pragma once
#include "ui/ui_context.h"

namespace av {

// Bottom line: what is under the mouse, load problems, frame time and the level of detail.
void drawStatusBar(const UiContext& context, UiState& ui);

}  // namespace av
