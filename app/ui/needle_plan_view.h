#pragma once
#include "ui/ui_context.h"

namespace av {

// The needle's part of the ultrasound panel: place it by two clicks (entry on the skin, target in a
// structure) or from a preset, and its plan live: in plane or not, the tip, the distances to the bursa and
// the nerve, the tuberosity-nerve gap, and the warnings (kind and message, in the needle's 3D colours).
void drawNeedleSection(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
