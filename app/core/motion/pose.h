#pragma once
// The right leg's joint angles and their anatomical limits.
#include <string>
#include <vector>

namespace av {

// Joint angles in degrees. Hip flexion + (extension -), adduction + (abduction -), internal rotation +
// (external -), knee flexion + with 0 = straight (a few degrees negative = hyperextension). All zero is the
// neutral pose in which the atlas meshes are stored.
struct Pose {
    double hip_flexion_deg = 0.0;
    double hip_adduction_deg = 0.0;
    double hip_rotation_deg = 0.0;
    double knee_flexion_deg = 0.0;
};

// An allowed interval in degrees, inclusive.
struct AngleRange {
    double min_deg;
    double max_deg;
};

// Anatomical limits (degrees). Defaults: the AAOS normal ranges of motion (hip flexion 120°, extension
// 30°, abduction 45°, adduction 30°, internal and external rotation 45° each), and the knee from 10° of
// hyperextension to 120° of flexion, the flexion end of Gait2392's knee_angle_r range (-120°..+10°).
struct PoseLimits {
    AngleRange hip_flexion{-30.0, 120.0};
    AngleRange hip_adduction{-45.0, 30.0};
    AngleRange hip_rotation{-45.0, 45.0};
    AngleRange knee_flexion{-10.0, 120.0};
};

struct ClampedPose {
    Pose pose;
    // One line per value that was changed, e.g. "hip flexion 150° is outside -30..120°; clamped to 120°".
    std::vector<std::string> warnings;
};

// Brings every angle into its range; a value that is not a number becomes 0° with a warning.
ClampedPose clampPose(const Pose& pose, const PoseLimits& limits = {});

// Gait2392's knee_angle_r in radians: minus the knee flexion (negative = flexion).
double kneeAngleR(const Pose& pose);

constexpr double kPi = 3.14159265358979323846;
constexpr double degToRad(double deg) { return deg * kPi / 180.0; }
constexpr double radToDeg(double rad) { return rad * 180.0 / kPi; }

}  // namespace av
