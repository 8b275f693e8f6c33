#pragma once
// Rigid-body kinematics of Gait2392's right leg (and its mirror image, the left leg), pelvis fixed.
// Hip (CustomJoint hip_r): body-fixed rotations, flexion about Z, then adduction about X, then internal
// rotation about Y, about the hip centre. Knee (knee_r): rotation about Z by q = knee_angle_r while the
// tibia origin slides along the SimmSplines (tx(q), ty(q), 0) in the femur frame.
#include "core/motion/pose.h"

#include <Eigen/Geometry>

#include <optional>
#include <string_view>
#include <vector>

namespace av {

// Femur frame -> pelvis frame (= atlas frame), metres.
Eigen::Isometry3d femurToPelvis(const Pose& pose);
// Tibia frame -> femur frame for knee_angle_r q in radians (negative = flexion).
Eigen::Isometry3d tibiaToFemur(double knee_angle_r_rad);
// Tibia frame -> pelvis frame.
Eigen::Isometry3d tibiaToPelvis(const Pose& pose);

// Tibia origin in the femur frame, (tx(q), ty(q), 0) metres, for knee_angle_r q in radians.
Eigen::Vector3d tibiaOriginInFemur(double knee_angle_r_rad);

// For each segment, the rigid transform that maps a point of that segment given in the atlas frame at the
// neutral pose to its posed position in the atlas frame (metres). The patella moves with the tibia here; the
// atlas poser tracks it down the femur's groove instead (core/motion/patella_tracking.h) where the atlas has the
// bones to measure. Left segments are the mirror image (Z -> -Z) of the right leg posed with `left`.
struct SegmentTransforms {
    Eigen::Isometry3d pelvis = Eigen::Isometry3d::Identity();
    Eigen::Isometry3d femur = Eigen::Isometry3d::Identity();
    Eigen::Isometry3d tibia = Eigen::Isometry3d::Identity();
    Eigen::Isometry3d patella = Eigen::Isometry3d::Identity();
    Eigen::Isometry3d femur_left = Eigen::Isometry3d::Identity();
    Eigen::Isometry3d tibia_left = Eigen::Isometry3d::Identity();
    Eigen::Isometry3d patella_left = Eigen::Isometry3d::Identity();

    // By segment id ("pelvis", "femur", "tibia", "patella", "femur_left", "tibia_left", "patella_left");
    // nullopt for another id.
    std::optional<Eigen::Isometry3d> find(std::string_view segment_id) const;
};

SegmentTransforms segmentTransforms(const Pose& right, const Pose& left = {});

// The segment ids segmentTransforms knows, in a fixed order.
const std::vector<std::string_view>& segmentIds();

}  // namespace av
