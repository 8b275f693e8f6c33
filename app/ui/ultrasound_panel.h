#pragma once
#include "ui/ui_context.h"

namespace av {

// The ultrasound panel beside the 3D view: the simulated image (a texture the platform made), the probe
// (place by clicking the skin, presets, type, turn, tilt), the scanner (depth, frequency, gain, TGC), the
// needle and its plan (needle_plan_view.h), and the pathology toggles. Opens by itself when a probe appears.
void drawUltrasoundPanel(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
