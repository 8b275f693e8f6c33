#include "core/ultrasound/needle_report.h"

#include <cmath>

namespace av {
namespace {

// Rounded to `perUnit`ths (dividing by a power of ten gives the double nearest the decimal, which prints
// short): hundredths of a millimetre, hundredths of a millimetre in metres.
double rounded(double value, double perUnit) { return std::round(value * perUnit) / perUnit; }

nlohmann::json metres(const Eigen::Vector3d& p) {
    return {rounded(p.x(), 1e5), rounded(p.y(), 1e5), rounded(p.z(), 1e5)};
}

nlohmann::json optionalMm(const std::optional<double>& mm) {
    return mm ? nlohmann::json(rounded(*mm, 100)) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json needleReportJson(const NeedlePlan& plan) {
    nlohmann::json warnings = nlohmann::json::array();
    for (const auto& w : plan.warnings) warnings.push_back({{"kind", w.kind}, {"message", w.message}});
    return {{"entry_m", metres(plan.needle.entry)},
            {"tip_m", metres(plan.needle.tip)},
            {"crossed", plan.crossed},
            {"tip_structure", plan.tipStructure.empty() ? nlohmann::json(nullptr) : nlohmann::json(plan.tipStructure)},
            {"tip_to_bursa_mm", optionalMm(plan.tipToTargetMm)},
            {"min_nerve_distance_mm", optionalMm(plan.minNerveDistanceMm)},
            {"tuberosity_to_nerve_mm", optionalMm(plan.tuberosityToNerveMm)},
            {"in_plane", plan.inPlane ? nlohmann::json(*plan.inPlane) : nlohmann::json(nullptr)},
            {"warnings", warnings}};
}

}  // namespace av
