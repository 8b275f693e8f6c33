#pragma once
// Keeps soft tissue out of the bones after it is posed. A blend of segment transforms cannot know where the
// bones are: behind a bending knee the nerves lag the tibia or lead the femur into bone. Any vertex that ends
// up inside a bone is moved to the bone's nearest surface point and a little beyond, so the tissue drapes
// over the bone instead of passing through it (the tissue at the knee wraps the condyles). Bones are rigid,
// so each bone's BVH is built once from its neutral mesh and queried in the bone's own frame. Atlas frame,
// metres.
#include "core/atlas/atlas.h"
#include "core/geometry/triangle_bvh.h"
#include "core/motion/kinematics.h"

#include <Eigen/Geometry>

#include <memory>
#include <string>
#include <vector>

namespace av {

class BoneCollider {
public:
    explicit BoneCollider(const Atlas& atlas);

    // Pushes every position found inside a bone out to 1 mm beyond the bone's surface; returns how many moved.
    std::size_t pushOut(std::vector<Vec3f>& positions, const SegmentTransforms& segments) const;

    // How far beyond the surface a pushed vertex is put (metres).
    static constexpr double kMargin = 0.001;

private:
    struct Bone {
        std::string segment;
        std::unique_ptr<TriangleBvh> bvh;  // neutral atlas frame
        Eigen::Vector3d lo, hi;            // its bounds, neutral frame
    };
    std::vector<Bone> bones_;
};

}  // namespace av
