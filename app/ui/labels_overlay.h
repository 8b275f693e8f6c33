#pragma once
// The 3D labels: each placed label as a dark rounded box with its text and a leader line from the box to a
// dot on the structure. Drawn on ImGui's background list, under the panels and without needing any window.
#include "ui/ui_context.h"

namespace av {

void drawLabels(const std::vector<PlacedLabel>& labels);

}  // namespace av
