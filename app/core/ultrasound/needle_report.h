#pragma once
// The needle report for --report needle --json (a contract): {"entry_m", "tip_m", "crossed",
// "tip_structure", "tip_to_bursa_mm", "min_nerve_distance_mm", "tuberosity_to_nerve_mm", "in_plane",
// "warnings": [{"kind", "message"}]}. Points in metres (atlas frame), distances in millimetres; a value
// the atlas cannot give (no bursa, no nerve, no probe for in_plane, the tip in plain soft tissue) is null.
#include "core/ultrasound/needle_planner.h"

#include <nlohmann/json.hpp>

namespace av {

nlohmann::json needleReportJson(const NeedlePlan& plan);

}  // namespace av
