#pragma once
// `--report layout --json`: where the window's panels are after its first frames, and the 3D view's rectangle.
// The fields are a contract: {"window": [w, h], "viewport": [x, y, w, h], "panels": [{"id", "rect": [x, y, w, h]}]}
// (window pixels, origin top left).
#include "core/layout/panel_layout.h"

#include <nlohmann/json.hpp>

namespace av {

nlohmann::json layoutJson(const PanelLayout& layout);

}  // namespace av
