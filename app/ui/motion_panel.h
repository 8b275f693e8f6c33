#pragma once
#include "ui/ui_context.h"

namespace av {

// The timeline (animation, play, pause, scrub, speed, loop), the pose sliders and activation, and the
// strain display with its legend.
void drawMotionPanel(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
