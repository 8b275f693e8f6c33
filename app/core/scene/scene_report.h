#pragma once
// `--report scene --json` and `--report instruments --json`: the render list and the instruments as JSON,
// for the options given, without a display. The field names are a contract other tools rely on:
//   scene:       {"structures": [{"id", "visible", "color": "#rrggbb", "opacity", "highlighted", "ghost",
//                 "painted_regions": [mimic ids], ...}], "instruments": {...}, "camera": {...}, ...}
//   instruments: {"probe": {"position_m", "normal", "axis", "skin_gap_mm", ...} | null,
//                 "needle": {"entry_m", "tip_m", "entry_skin_gap_mm"} | null}
#include "core/scene/viewer_model.h"

#include <nlohmann/json.hpp>

namespace av {

nlohmann::json instrumentsReportJson(const ViewerModel& model);
// The camera is resolved for the lens (the image's aspect) from the request the options end on.
nlohmann::json sceneReportJson(const ViewerModel& model, const CameraRequest& camera, const Lens& lens);

// "#rrggbb" of an sRGB 0..1 colour.
std::string hexColor(const Rgb& color);

}  // namespace av
