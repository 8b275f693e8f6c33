#pragma once
// The knee's flexion axis, fitted to the atlas's own femur. From about 10 to 120 degrees the back of each femoral
// condyle is a circle in the sagittal plane, and the knee flexes about a fixed axis through those circles'
// centres (Hollister et al. 1993; Freeman and Pinskerova 2005; docs/sources.md). Gait2392 turns the tibia about
// the mid-epicondylar point and slides it along splines fitted to its own bones; on the atlas's scanned femur
// that point is 17 mm above the condyles' centre, so the tibia swung off the condyles as the knee bent (a gap of
// about 1 cm at 60 degrees) and carried the tibial tuberosity too far back for the patellar tendon to reach. The
// muscle model keeps Gait2392's knee (its lengths and moment arms are the published ones); the meshes turn about
// this axis. Atlas frame, metres.
#include "core/mesh.h"

#include <Eigen/Geometry>

#include <optional>

namespace av {

struct KneeAxis {
    Eigen::Vector3d centre;  // on the axis, between the condyles (neutral atlas frame); the axis is the femur's Z
    double radius = 0;       // the condyles' posterior radius (a fit diagnostic)
};

// Fits the circle of the condyles' back and underside (Kasa's algebraic fit to their outline in the sagittal
// plane); nullopt when the femur has no condyles near Gait2392's knee.
std::optional<KneeAxis> fitKneeAxis(const Mesh& femur);

// The tibia's neutral-to-posed transform: turned by knee_angle_r (radians, negative = flexion) about the axis,
// and carried with the femur (its neutral-to-posed transform).
Eigen::Isometry3d tibiaAboutKneeAxis(const KneeAxis& axis, const Eigen::Isometry3d& femur, double kneeAngleRad);

}  // namespace av
