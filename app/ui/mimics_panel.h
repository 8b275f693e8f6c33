#pragma once
#include "ui/ui_context.h"

namespace av {

// The conditions mistaken for proximal hamstring tendinopathy: a swatch of the colour its pain is painted
// in, its name and where it is felt. Clicking one paints it on the skin (again clears); Explain opens its text.
void drawMimicsPanel(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
