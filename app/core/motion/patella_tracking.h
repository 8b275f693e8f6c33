#pragma once
// The patella gliding down the femoral groove as the knee bends. The femur's groove (trochlea) and condyles
// are taken as a circle in the sagittal plane, fitted to the femur's mesh; the patella's back stays on it,
// the patella turning about its centre by a fixed share of the knee's flexion: in vivo the patella's flexion
// lags the knee's by 30-40% (the review in J Healthc Eng 2019:9159267, docs/sources.md), so 65%.
// The patellar tendon's length (lower pole to tibial tuberosity) is measured, not imposed: the shipped atlas's
// condyles are centred about 2 cm from Gait2392's knee centre, so no rigid glide on the femur keeps it
// constant past about 30 degrees (docs/validation.md). Atlas frame, metres.
#include "core/mesh.h"
#include "core/motion/kinematics.h"

#include <Eigen/Geometry>

#include <optional>

namespace av {

// The patella's flexion as a share of the knee's.
inline constexpr double kPatellarFlexionRatio = 0.65;

struct PatellaGeometry {
    Eigen::Vector3d trochleaCentre;    // centre of the femoral groove's circle (neutral atlas frame)
    double trochleaRadius = 0;         // that circle's radius (a fit diagnostic)
    Eigen::Vector3d lowerPole;         // the patella's lowest point, where its tendon starts
    Eigen::Vector3d tibialTuberosity;  // where the patellar tendon ends on the tibia
};

// Measures the geometry from the three bones' neutral meshes; nullopt when a mesh is empty or the femur has
// no surface in front of and below the knee to fit the groove to.
std::optional<PatellaGeometry> measurePatellaGeometry(const Mesh& femur, const Mesh& patella, const Mesh& tibia);

// The patella's neutral-to-posed transform, given the femur's and tibia's (SegmentTransforms::femur, ::tibia).
Eigen::Isometry3d trackPatella(const PatellaGeometry& geometry, const Eigen::Isometry3d& femur,
                               const Eigen::Isometry3d& tibia);

// The patellar tendon's length (lower pole to tuberosity) with the patella placed by `patella` and the tibia by
// `tibia` (neutral-to-posed transforms).
double patellarTendonLength(const PatellaGeometry& geometry, const Eigen::Isometry3d& patella,
                            const Eigen::Isometry3d& tibia);

}  // namespace av
