#pragma once
// Hamstring muscle-tendon paths of Gait2392 at a pose: path points, musculotendon length, moment arms.
// Everything is in the atlas frame (= pelvis frame, which stays fixed), metres.
#include "core/motion/gait2392.h"
#include "core/motion/pose.h"

#include <Eigen/Geometry>

#include <string_view>
#include <vector>

namespace av {

// The hamstring with this id (e.g. "semimembranosus"), or nullptr.
const gait2392::MuscleDefinition* findMuscle(std::string_view id);

// The path points that are on the path at this pose (conditional points only inside their knee_angle_r
// range), origin to insertion, atlas frame, metres.
std::vector<Eigen::Vector3d> activePathPoints(const gait2392::MuscleDefinition& muscle, const Pose& pose);

// Every path point, origin to insertion, atlas frame, metres; the count never changes with the pose. A
// conditional point that is off the path lies on the straight line between its active neighbours, as far
// along it as it is along the bent path through its body-fixed position, so this polyline has the shape and
// length of the active path, no zero-length segment, and moves continuously as the point switches off.
// For drawing and for applyPathBinding.
std::vector<Eigen::Vector3d> displayPathPoints(const gait2392::MuscleDefinition& muscle, const Pose& pose);
// The same with the tibia placed as given (tibia frame -> atlas frame) rather than by Gait2392's knee: the
// meshes' knee (core/motion/knee_axis.h), so that the paths end on the tibia as drawn.
std::vector<Eigen::Vector3d> displayPathPoints(const gait2392::MuscleDefinition& muscle, const Pose& pose,
                                               const Eigen::Isometry3d& tibiaInPelvis);

// Musculotendon length: the sum of the segment lengths between the active points, metres.
double mtuLength(const gait2392::MuscleDefinition& muscle, const Pose& pose);

// Moment arms in metres: hip extension = +dL/d(hip flexion), knee flexion = -dL/d(knee flexion), angles in
// radians (positive for the hamstrings). Central differences on the path whose active points are those of
// `pose`, so a conditional point switching on or off never shows up as a spike.
struct MomentArms {
    double hip_extension_m = 0.0;
    double knee_flexion_m = 0.0;
};
MomentArms momentArms(const gait2392::MuscleDefinition& muscle, const Pose& pose);

}  // namespace av
