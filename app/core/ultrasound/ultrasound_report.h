#pragma once
// The ultrasound report for --report ultrasound --json (a contract):
// {"width_mm", "depth_mm", "columns", "rows", "centre_line": [{"id", "start_mm", "end_mm"}]}, the central
// scanline's structures nearest first, depths from the skin in millimetres.
#include "core/ultrasound/bmode_image.h"

#include <nlohmann/json.hpp>

namespace av {

nlohmann::json ultrasoundReportJson(const UltrasoundImage& image);

}  // namespace av
