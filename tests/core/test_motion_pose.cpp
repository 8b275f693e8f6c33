// Pose clamping to anatomical limits.
#include "core/motion/pose.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

TEST_CASE("motion: clampPose leaves a pose inside the limits alone") {
    const av::Pose p{45.0, -10.0, 20.0, 90.0};
    const av::ClampedPose c = av::clampPose(p);
    CHECK(c.warnings.empty());
    CHECK(c.pose.hip_flexion_deg == 45.0);
    CHECK(c.pose.hip_adduction_deg == -10.0);
    CHECK(c.pose.hip_rotation_deg == 20.0);
    CHECK(c.pose.knee_flexion_deg == 90.0);
}

TEST_CASE("motion: clampPose clamps each angle and says so") {
    const av::ClampedPose c = av::clampPose(av::Pose{150.0, 40.0, -60.0, -20.0});
    CHECK(c.pose.hip_flexion_deg == 120.0);
    CHECK(c.pose.hip_adduction_deg == 30.0);
    CHECK(c.pose.hip_rotation_deg == -45.0);
    CHECK(c.pose.knee_flexion_deg == -10.0);
    REQUIRE(c.warnings.size() == 4);
    CHECK(c.warnings[0] == "hip flexion 150° is outside -30..120°; clamped to 120°");
    CHECK(c.warnings[1] == "hip adduction 40° is outside -45..30°; clamped to 30°");
    CHECK(c.warnings[2] == "hip rotation -60° is outside -45..45°; clamped to -45°");
    CHECK(c.warnings[3] == "knee flexion -20° is outside -10..120°; clamped to -10°");
}

TEST_CASE("motion: clampPose accepts the limits themselves and replaces NaN") {
    CHECK(av::clampPose(av::Pose{-30.0, -45.0, 45.0, 120.0}).warnings.empty());
    const av::ClampedPose c = av::clampPose(av::Pose{std::numeric_limits<double>::quiet_NaN(), 0.0, 0.0, 12.5});
    CHECK(c.pose.hip_flexion_deg == 0.0);
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0] == "hip flexion is not a number; set to 0°");
    const av::ClampedPose k = av::clampPose(av::Pose{0.0, 0.0, 0.0, 130.5});
    REQUIRE(k.warnings.size() == 1);
    CHECK(k.warnings[0] == "knee flexion 130.5° is outside -10..120°; clamped to 120°");
}

TEST_CASE("motion: knee_angle_r is minus the knee flexion in radians") {
    CHECK(av::kneeAngleR(av::Pose{0, 0, 0, 90.0}) == doctest::Approx(-av::kPi / 2));
    CHECK(av::kneeAngleR(av::Pose{0, 0, 0, -10.0}) == doctest::Approx(10.0 * av::kPi / 180.0));
}
