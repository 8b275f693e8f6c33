#pragma once
// The patella gliding down the front of the femur as the knee bends, as planar knee models with an
// inextensible patellar ligament place it (Yamaguchi and Zajac 1989, docs/sources.md): its back touches the
// femur, as it does standing, and its tendon (lower pole to tibial tuberosity) keeps its standing length. Those
// two conditions leave the patella's tilt free; it is taken from the published lag: in vivo the patella's
// flexion lags the knee's by 30-40% (the review in J Healthc Eng 2019:9159267), so it turns by 65% of the knee's
// flexion. Found on the femur's own surface (a BVH of its neutral mesh), so it follows the trochlea and then the
// condyles wherever the atlas puts them. Atlas frame, metres.
#include "core/geometry/triangle_bvh.h"
#include "core/mesh.h"
#include "core/motion/kinematics.h"

#include <Eigen/Geometry>

#include <memory>
#include <optional>
#include <vector>

namespace av {

// The patella's flexion as a share of the knee's.
inline constexpr double kPatellarFlexionRatio = 0.65;

struct PatellaGeometry {
    std::shared_ptr<const TriangleBvh> femur;  // the femur's surface, neutral atlas frame
    std::vector<Eigen::Vector3d> sample;       // points of the patella's surface, evenly thinned
    double contactGap = 0;                     // their nearest distance to the femur standing
    Eigen::Vector3d lowerPole;                 // the patella's lowest point, where its tendon starts
    Eigen::Vector3d tibialTuberosity;          // where the patellar tendon ends on the tibia
    double tendonLength = 0;                   // lower pole to tuberosity, standing
};

// Measures the geometry from the three bones' neutral meshes; nullopt when a mesh is empty or the tibia has no
// tuberosity below the patella.
std::optional<PatellaGeometry> measurePatellaGeometry(const Mesh& femur, const Mesh& patella, const Mesh& tibia);

// The patella's neutral-to-posed transform, given the femur's and tibia's (SegmentTransforms::femur, ::tibia).
Eigen::Isometry3d trackPatella(const PatellaGeometry& geometry, const Eigen::Isometry3d& femur,
                               const Eigen::Isometry3d& tibia);

// The patellar tendon's length (lower pole to tuberosity) with the patella placed by `patella` and the tibia by
// `tibia` (neutral-to-posed transforms).
double patellarTendonLength(const PatellaGeometry& geometry, const Eigen::Isometry3d& patella,
                            const Eigen::Isometry3d& tibia);

}  // namespace av
