#include "core/layout/layout_report.h"

#include <cmath>

namespace av {
namespace {

nlohmann::json rect(const Rect& r) {
    return {std::lround(r.x), std::lround(r.y), std::lround(r.width), std::lround(r.height)};
}

}  // namespace

nlohmann::json layoutJson(const PanelLayout& layout) {
    nlohmann::json panels = nlohmann::json::array();
    for (const PanelPlace& place : layout.panels) panels.push_back({{"id", panelName(place.id)}, {"rect", rect(place.rect)}});
    const double share = layout.window.area() > 0 ? layout.viewport.area() / layout.window.area() : 0;
    return {{"window", {std::lround(layout.window.width), std::lround(layout.window.height)}},
            {"viewport", rect(layout.viewport)},
            {"viewport_share", std::round(share * 1000) / 1000},
            {"panels", panels}};
}

}  // namespace av
