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
        bone.inside = std::make_unique<InsideGrid>(*bone.bvh, kCube);
        bone.lo = bone.bvh->boundsMin();
        bone.hi = bone.bvh->boundsMax();
        bones_.push_back(std::move(bone));
    }
}

bool BoneCollider::moveOut(const Bone& bone, Eigen::Vector3d& p) const {
    if ((p.array() < bone.lo.array()).any() || (p.array() > bone.hi.array()).any()) return false;
    if (!bone.inside->contains(p)) return false;
    // Tissue goes at most a few centimetres into a bone: a bounded search first is much cheaper.
    auto surface = bone.bvh->nearest(p, kSearch);
    if (!surface) surface = bone.bvh->nearest(p);
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
    // Where two bones come close (the tibia against the condyles in deep flexion), a vertex pushed out of one
    // can land in the other, even in its own carrier's: another round looks again at the vertices just pushed
    // (the others were found outside every bone and have not moved).
    std::vector<std::uint32_t> candidates(positions.size()), pushedNow;
    for (std::uint32_t v = 0; v < candidates.size(); ++v) candidates[v] = v;
    std::vector<int> pushedInRound(positions.size(), -1);  // the last round that moved each vertex (-1: none)
    for (int round = 0; round < kRounds && !candidates.empty(); ++round) {
        pushedNow.clear();
        for (const Bone& bone : bones_) {
            const auto link = std::find(chain.begin(), chain.end(), bone.segment);
            if (link == chain.end()) continue;
            const int boneLink = int(link - chain.begin());
            const Eigen::Isometry3d placed = segments.find(bone.segment).value_or(Eigen::Isometry3d::Identity());
            const Eigen::Isometry3d toBone = placed.inverse();
            for (const std::uint32_t v : candidates) {
                if (v < soleCarrier.size() && soleCarrier[v] == boneLink && pushedInRound[v] < 0) continue;
                Eigen::Vector3d p = toBone * Eigen::Vector3d(positions[v][0], positions[v][1], positions[v][2]);
                if (!moveOut(bone, p)) continue;
                const Eigen::Vector3d out = placed * p;
                positions[v] = {float(out.x()), float(out.y()), float(out.z())};
                if (pushedInRound[v] != round) pushedNow.push_back(v);
                pushedInRound[v] = round;
            }
        }
        moved += pushedNow.size();
        candidates.swap(pushedNow);
    }
    return moved;
}

}  // namespace av
