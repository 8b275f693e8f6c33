#include "core/motion/bone_collider.h"

namespace av {

BoneCollider::BoneCollider(const Atlas& atlas) {
    for (const Structure& s : atlas.structures()) {
        if (s.spec.kind != StructureKind::Bone || s.mesh.triangles.empty()) continue;
        Bone bone;
        bone.segment = s.spec.segment;
        bone.bvh = std::make_unique<TriangleBvh>(s.mesh.positions, s.mesh.triangles);
        bone.lo = bone.bvh->boundsMin();
        bone.hi = bone.bvh->boundsMax();
        bones_.push_back(std::move(bone));
    }
}

std::size_t BoneCollider::pushOut(std::vector<Vec3f>& positions, const SegmentTransforms& segments) const {
    std::size_t moved = 0;
    for (const Bone& bone : bones_) {
        const Eigen::Isometry3d placed = segments.find(bone.segment).value_or(Eigen::Isometry3d::Identity());
        const Eigen::Isometry3d toBone = placed.inverse();
        for (Vec3f& v : positions) {
            const Eigen::Vector3d p = toBone * Eigen::Vector3d(v[0], v[1], v[2]);
            if ((p.array() < bone.lo.array()).any() || (p.array() > bone.hi.array()).any()) continue;
            if (!bone.bvh->contains(p)) continue;
            const auto surface = bone.bvh->nearest(p);
            if (!surface) continue;
            const Eigen::Vector3d out = placed * (surface->point + surface->normal * kMargin);
            v = {float(out.x()), float(out.y()), float(out.z())};
            ++moved;
        }
    }
    return moved;
}

}  // namespace av
