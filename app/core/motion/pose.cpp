#include "core/motion/pose.h"

#include <cmath>
#include <sstream>

namespace av {
namespace {

// Shortest decimal form: 120, 12.5, -30 (never 120.000000).
std::string number(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

void clampAngle(double& value, const AngleRange& range, const char* name, std::vector<std::string>& warnings) {
    if (std::isnan(value)) {
        warnings.push_back(std::string(name) + " is not a number; set to 0°");
        value = 0.0;
        return;
    }
    if (value >= range.min_deg && value <= range.max_deg) return;
    const double clamped = value < range.min_deg ? range.min_deg : range.max_deg;
    warnings.push_back(std::string(name) + " " + number(value) + "° is outside " + number(range.min_deg) + ".." +
                       number(range.max_deg) + "°; clamped to " + number(clamped) + "°");
    value = clamped;
}

}  // namespace

ClampedPose clampPose(const Pose& pose, const PoseLimits& limits) {
    ClampedPose result{pose, {}};
    clampAngle(result.pose.hip_flexion_deg, limits.hip_flexion, "hip flexion", result.warnings);
    clampAngle(result.pose.hip_adduction_deg, limits.hip_adduction, "hip adduction", result.warnings);
    clampAngle(result.pose.hip_rotation_deg, limits.hip_rotation, "hip rotation", result.warnings);
    clampAngle(result.pose.knee_flexion_deg, limits.knee_flexion, "knee flexion", result.warnings);
    return result;
}

double kneeAngleR(const Pose& pose) { return -degToRad(pose.knee_flexion_deg); }

}  // namespace av
