#include "core/ultrasound/ultrasound_report.h"

#include <cmath>

namespace av {
namespace {

// Hundredths of a millimetre: finer than the geometry means, and stable text for tests and diffs.
double rounded(double mm) { return std::round(mm * 100.0) / 100.0; }

}  // namespace

nlohmann::json ultrasoundReportJson(const UltrasoundImage& image) {
    nlohmann::json line = nlohmann::json::array();
    for (const auto& segment : image.centreLine)
        line.push_back({{"id", segment.id}, {"start_mm", rounded(segment.startMm)}, {"end_mm", rounded(segment.endMm)}});
    return {{"width_mm", rounded(image.widthMm)}, {"depth_mm", rounded(image.depthMm)}, {"columns", image.columns},
            {"rows", image.rows}, {"centre_line", line}};
}

}  // namespace av
