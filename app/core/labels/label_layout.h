#pragma once
// Places text labels for structures on the screen so that they do not overlap each other: each label
// starts beside its anchor (the structure's projected centre) and is pushed out of the way of labels
// already placed, towards the side of the screen its anchor is on. Screen pixels, origin top-left.
#include "core/layout/panel_layout.h"

#include <string>
#include <vector>

namespace av {

struct LabelRequest {
    std::string id, text;
    float anchorX = 0, anchorY = 0;  // where the leader line points
    float width = 0, height = 0;     // the label's size
};

struct PlacedLabel {
    std::string id, text;
    float anchorX = 0, anchorY = 0;
    float x = 0, y = 0;              // top-left of the label
    float width = 0, height = 0;
};

// Labels are placed in the order given (put the most important first) inside `area` (the free 3D view: never
// under a panel); one that finds no free place there is left out.
std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& requests, const Rect& area);
std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& requests, float screenWidth, float screenHeight);

// True when the two placed labels' rectangles overlap.
bool overlaps(const PlacedLabel& a, const PlacedLabel& b);

}  // namespace av
