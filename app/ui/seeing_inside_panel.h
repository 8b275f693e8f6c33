#pragma once
#include "ui/ui_context.h"

namespace av {

// Seeing inside: show or hide each layer (bone, muscle, tendon, ligament, bursa, nerve, skin), x-ray, labels, and
// large text for consultations.
void drawSeeingInsidePanel(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
