#pragma once
#include "ui/ui_context.h"

namespace av {

// What the colours painted on the skin mean: one swatch and name per condition shown, in a corner of the 3D
// view (drawn on the background, under the panels, in headless images too). Nothing when none is painted.
void drawPainLegend(const UiContext& context);

}  // namespace av
