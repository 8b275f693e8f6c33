#pragma once
#include "ui/ui_context.h"

namespace av {

// Presenter mode (F11, --presenter): under the full-window 3D view, the tour step's title and text as a large
// caption with the step buttons; outside a tour, the selected structure's name. Nothing else.
void drawPresenterCaption(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
