#pragma once
// Soft tissue that spans two body segments (gluteus maximus, the sciatic nerve, skin over the hip):
// each vertex follows a linear blend of the two segments' rigid transforms, weighted by where it lies
// along an axis from the proximal segment to the distal one (linear blend skinning). Atlas frame, metres.
#include "core/mesh.h"

#include <Eigen/Core>
#include <Eigen/Geometry>

#include <vector>

namespace av {

struct SegmentBlendBinding {
    std::vector<float> distal_weight;  // per vertex, 0 = moves with the proximal segment, 1 = with the distal
    bool has_normals = false;
};

// Weights by projection onto the axis from `proximal_end` to `distal_end` (neutral atlas frame, distinct
// points): 0 at and beyond proximal_end, 1 at and beyond distal_end, a smoothstep between.
SegmentBlendBinding bindSegmentBlend(const Mesh& neutral_mesh, const Eigen::Vector3d& proximal_end,
                                     const Eigen::Vector3d& distal_end);

// A default axis for tissue spanning the pelvis and femur: from 3 cm above to 12 cm below the hip centre
// (a design choice: above the hip the tissue is carried by the pelvis, below the gluteal fold by the femur).
struct BlendAxis {
    Eigen::Vector3d proximal_end;
    Eigen::Vector3d distal_end;
};
BlendAxis hipBlendAxis();

// Posed positions (and normals, when the bound mesh had them) for the two segments' neutral-to-posed
// transforms (e.g. SegmentTransforms::pelvis and ::femur). Outputs are resized to the vertex count.
void applySegmentBlend(const Mesh& neutral_mesh, const SegmentBlendBinding& binding,
                       const Eigen::Isometry3d& proximal, const Eigen::Isometry3d& distal,
                       std::vector<Vec3f>& positions, std::vector<Vec3f>& normals);

}  // namespace av
