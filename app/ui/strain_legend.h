#pragma once

namespace av {

// The strain colour scale with its labels in percent, drawn at the cursor across the window's width.
void drawStrainLegend();

}  // namespace av
