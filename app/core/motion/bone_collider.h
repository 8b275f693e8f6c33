#pragma once
// Keeps soft tissue out of the bones. A blend of segment transforms or a muscle's path cannot know where the
// bones are: behind a bending knee the nerves lag the tibia or lead the femur into bone. Any vertex that ends up inside a
// bone is moved to the bone's nearest surface point and a little beyond, so the tissue drapes over the bone
// instead of passing through it. Bones are rigid, so each bone's BVH is built once from its neutral mesh and
// queried in the bone's own frame. Only the bones of the segments a structure spans are looked at, and a vertex
// carried by one segment alone skips that segment's bones: they move together, and the vertex was put outside
// them once, at the neutral pose (correctNeutral). Atlas frame, metres.
#include "core/atlas/atlas.h"
#include "core/geometry/inside_grid.h"
#include "core/geometry/triangle_bvh.h"
#include "core/motion/kinematics.h"

#include <Eigen/Geometry>

#include <memory>
#include <string>
#include <vector>

namespace av {

class BoneCollider {
public:
    // The atlas's bones but the left side's (the blended soft tissue is the right side's).
    explicit BoneCollider(const Atlas& atlas);

    // The neutral mesh with every vertex inside a bone of `chain` moved out (what the blend then starts from).
    Mesh correctNeutral(const Mesh& neutral, const std::vector<std::string>& chain) const;

    // Pushes the posed positions found inside a bone of `chain` out to kMargin beyond the bone's surface.
    // soleCarrier[v]: the index in `chain` of the one segment that carries vertex v, or -1 when it is blended.
    // Returns how many moved.
    std::size_t pushOut(std::vector<Vec3f>& positions, const SegmentTransforms& segments,
                        const std::vector<std::string>& chain, const std::vector<int>& soleCarrier) const;

    // How far beyond the surface a pushed vertex is put (metres).
    static constexpr double kMargin = 0.001;
    // How far a pushed vertex's nearest bone surface is looked for first (metres).
    static constexpr double kSearch = 0.03;
    // The inside grids' cube edge (metres): tissue a few millimetres off a bone needs no ray.
    static constexpr double kCube = 0.003;
    // At most this many passes over the bones (a vertex pushed from one bone into another goes out again).
    static constexpr int kRounds = 8;

private:
    struct Bone {
        std::string segment;
        std::unique_ptr<TriangleBvh> bvh;  // neutral atlas frame
        std::unique_ptr<InsideGrid> inside;  // answers most inside tests without a ray
        Eigen::Vector3d lo, hi;            // its bounds, neutral frame
    };
    // Moves p (in the bone's neutral frame) out of the bone when inside; true when it did.
    bool moveOut(const Bone& bone, Eigen::Vector3d& p) const;
    std::vector<Bone> bones_;
};

}  // namespace av
