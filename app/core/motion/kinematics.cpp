#include "core/motion/kinematics.h"

#include "core/motion/gait2392.h"
#include "core/motion/simm_spline.h"

namespace av {
namespace {

const SimmSpline& kneeTx() {
    static const SimmSpline spline(gait2392::kKneeTxX, gait2392::kKneeTxY);
    return spline;
}

const SimmSpline& kneeTy() {
    static const SimmSpline spline(gait2392::kKneeTyX, gait2392::kKneeTyY);
    return spline;
}

// Reflection through the sagittal plane: maps the right leg onto the left.
Eigen::Isometry3d mirrorZ() {
    Eigen::Isometry3d m = Eigen::Isometry3d::Identity();
    m.linear()(2, 2) = -1.0;
    return m;
}

}  // namespace

Eigen::Isometry3d femurToPelvis(const Pose& pose) {
    // Simbody's FunctionBased mobilizer (OpenSim CustomJoint) composes R1(q1)*R2(q2)*R3(q3): body-fixed.
    Eigen::Isometry3d x = Eigen::Isometry3d::Identity();
    x.translation() = gait2392::kHipCentreInPelvis;
    x.linear() = (Eigen::AngleAxisd(degToRad(pose.hip_flexion_deg), Eigen::Vector3d::UnitZ()) *
                  Eigen::AngleAxisd(degToRad(pose.hip_adduction_deg), Eigen::Vector3d::UnitX()) *
                  Eigen::AngleAxisd(degToRad(pose.hip_rotation_deg), Eigen::Vector3d::UnitY()))
                     .toRotationMatrix();
    return x;
}

Eigen::Vector3d tibiaOriginInFemur(double q) { return {kneeTx().value(q), kneeTy().value(q), 0.0}; }

Eigen::Isometry3d tibiaToFemur(double q) {
    // The translation is in the parent (femur) frame, not rotated with q.
    Eigen::Isometry3d x = Eigen::Isometry3d::Identity();
    x.translation() = tibiaOriginInFemur(q);
    x.linear() = Eigen::AngleAxisd(q, Eigen::Vector3d::UnitZ()).toRotationMatrix();
    return x;
}

Eigen::Isometry3d tibiaToPelvis(const Pose& pose) { return femurToPelvis(pose) * tibiaToFemur(kneeAngleR(pose)); }

std::optional<Eigen::Isometry3d> SegmentTransforms::find(std::string_view id) const {
    if (id == "pelvis") return pelvis;
    if (id == "femur") return femur;
    if (id == "tibia") return tibia;
    if (id == "patella") return patella;
    if (id == "femur_left") return femur_left;
    if (id == "tibia_left") return tibia_left;
    if (id == "patella_left") return patella_left;
    return std::nullopt;
}

SegmentTransforms segmentTransforms(const Pose& right, const Pose& left) {
    static const Pose neutral{};
    static const Eigen::Isometry3d femurNeutralInv = femurToPelvis(neutral).inverse();
    static const Eigen::Isometry3d tibiaNeutralInv = tibiaToPelvis(neutral).inverse();
    static const Eigen::Isometry3d mirror = mirrorZ();
    SegmentTransforms t;
    // Neutral atlas point -> body frame (inverse neutral placement) -> posed atlas point.
    t.femur = femurToPelvis(right) * femurNeutralInv;
    t.tibia = tibiaToPelvis(right) * tibiaNeutralInv;
    t.femur_left = mirror * (femurToPelvis(left) * femurNeutralInv) * mirror;
    t.tibia_left = mirror * (tibiaToPelvis(left) * tibiaNeutralInv) * mirror;
    t.patella = t.tibia;
    t.patella_left = t.tibia_left;
    return t;
}

const std::vector<std::string_view>& segmentIds() {
    static const std::vector<std::string_view> ids{"pelvis", "femur", "tibia", "patella", "femur_left", "tibia_left",
                                                    "patella_left"};
    return ids;
}

}  // namespace av
