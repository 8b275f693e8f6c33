#pragma once
// Soft tissue that spans body segments (gluteus maximus, the nerves, the skin over hip and knee): each vertex
// follows a blend of the rigid transforms of a chain of segments (pelvis -> femur -> tibia), weighted by where
// it lies along an axis across each joint. The transforms are blended as dual quaternions (Kavan et al. 2008),
// not as matrices: a linear blend of two rotations shrinks and folds the tissue at large joint angles (the
// "candy wrapper"), while a dual-quaternion blend of rotations about a joint is itself a rotation about it, so
// tissue at the joint keeps its distance from the joint. Atlas frame, metres.
#include "core/mesh.h"

#include <Eigen/Core>
#include <Eigen/Geometry>

#include <vector>

namespace av {

// Where a joint hands tissue from one segment to the next: weight 0 (proximal) at and beyond proximal_end,
// 1 (distal) at and beyond distal_end, a smoothstep of the projection onto the axis between.
struct BlendAxis {
    Eigen::Vector3d proximal_end;
    Eigen::Vector3d distal_end;
};

// The hip's: from 3 cm above to 12 cm below the hip centre (a design choice: above the hip the tissue is
// carried by the pelvis, below the gluteal fold by the femur).
BlendAxis hipBlendAxis();
// The knee's: from 2 cm above to 10 cm below the knee's centre of rotation at the neutral pose (Gait2392's
// tibia origin), along the leg: the thigh above the condyles stays with the femur, the calf below the
// tibia's tuberosity goes with the tibia. Of the axes tried (docs/validation.md) it put the least of the
// nerves behind the knee into bone; the bone collider (core/motion/bone_collider.h) moves out the rest.
BlendAxis kneeBlendAxis();

struct SegmentBlendBinding {
    std::size_t segments = 0;    // the chain's length: joints + 1
    std::vector<float> weights;  // per vertex, `segments` weights summing to 1 (proximal first)
    bool has_normals = false;
};

// Binds a mesh to a chain of len(joints) + 1 segments; joint j joins segment j to segment j + 1, and its
// axis' two ends must be distinct points (std::invalid_argument otherwise).
SegmentBlendBinding bindSegmentBlend(const Mesh& neutral_mesh, const std::vector<BlendAxis>& joints);

// Posed positions (and normals, when the bound mesh had them) for the segments' neutral-to-posed transforms,
// one per segment of the chain (e.g. SegmentTransforms::pelvis, ::femur, ::tibia). Outputs are resized.
void applySegmentBlend(const Mesh& neutral_mesh, const SegmentBlendBinding& binding,
                       const std::vector<Eigen::Isometry3d>& segments, std::vector<Vec3f>& positions,
                       std::vector<Vec3f>& normals);

}  // namespace av
