#include "core/motion/bone_collider.h"

#include <algorithm>

namespace av {

BoneCollider::BoneCollider(const Atlas& atlas) {
    for (const Structure& s : atlas.structures()) {
        // The blended tissue is the right side's: the left leg's bones are never near it.
        if (s.spec.kind != StructureKind::Bone || s.mesh.triangles.empty() || s.spec.onLeftSide()) continue;
        Bone bone;
        bone.segment = s.spec.segment;
        bone.bvh = std::make_unique<TriangleBvh>(s.mesh.positions, s.mesh.triangles);
        bone.lo = bone.bvh->boundsMin();
        bone.hi = bone.bvh->boundsMax();
        bones_.push_back(std::move(bone));
    }
}

bool BoneCollider::moveOut(const Bone& bone, Eigen::Vector3d& p) const {
    if ((p.array() < bone.lo.array()).any() || (p.array() > bone.hi.array()).any()) return false;
    if (!bone.bvh->contains(p)) return false;
    const auto surface = bone.bvh->nearest(p);
    if (!surface) return false;
    p = surface->point + surface->normal * kMargin;
    return true;
}

Mesh BoneCollider::correctNeutral(const Mesh& neutral, const std::vector<std::string>& chain) const {
    Mesh corrected = neutral;
    for (const Bone& bone : bones_) {
        if (std::find(chain.begin(), chain.end(), bone.segment) == chain.end()) continue;
        for (Vec3f& v : corrected.positions) {
            Eigen::Vector3d p(v[0], v[1], v[2]);
            if (moveOut(bone, p)) v = {float(p.x()), float(p.y()), float(p.z())};
        }
    }
    return corrected;
}

std::size_t BoneCollider::pushOut(std::vector<Vec3f>& positions, const SegmentTransforms& segments,
                                  const std::vector<std::string>& chain, const std::vector<int>& soleCarrier) const {
    std::size_t moved = 0;
    for (const Bone& bone : bones_) {
        const auto link = std::find(chain.begin(), chain.end(), bone.segment);
        if (link == chain.end()) continue;
        const int boneLink = int(link - chain.begin());
        const Eigen::Isometry3d placed = segments.find(bone.segment).value_or(Eigen::Isometry3d::Identity());
        const Eigen::Isometry3d toBone = placed.inverse();
        for (std::size_t v = 0; v < positions.size(); ++v) {
            if (v < soleCarrier.size() && soleCarrier[v] == boneLink) continue;
            Eigen::Vector3d p = toBone * Eigen::Vector3d(positions[v][0], positions[v][1], positions[v][2]);
            if (!moveOut(bone, p)) continue;
            const Eigen::Vector3d out = placed * p;
            positions[v] = {float(out.x()), float(out.y()), float(out.z())};
            ++moved;
        }
    }
    return moved;
}

}  // namespace av
