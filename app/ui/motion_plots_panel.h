#pragma once
#include "ui/ui_context.h"

namespace av {

// Live plots of musculotendon length and tendon strain over time for the four hamstrings, and for the
// selected muscle a hip x knee map of its tendon strain with the current pose marked.
void drawMotionPlotsPanel(const UiContext& context, UiState& ui);

}  // namespace av
