#include "core/scene/body_checks.h"

#include <algorithm>

namespace av {

BoneDepth insideBones(const PosedScene& scene, std::size_t index) {
    const Atlas& atlas = scene.atlas();
    const Mesh& mesh = scene.mesh(index);
    std::size_t inside = 0;
    double deepest = 0;
    for (const Vec3f& v : mesh.positions) {
        const Eigen::Vector3d p(v[0], v[1], v[2]);
        for (std::size_t b = 0; b < atlas.structures().size(); ++b) {
            if (atlas.structures()[b].spec.kind != StructureKind::Bone || b == index) continue;
            const TriangleBvh& bone = scene.bvh(b);
            if (bone.empty()) continue;
            if ((p.array() < bone.boundsMin().array()).any() || (p.array() > bone.boundsMax().array()).any()) continue;
            if (!bone.contains(p)) continue;
            ++inside;
            deepest = std::max(deepest, bone.nearest(p)->distance);
            break;
        }
    }
    return {mesh.positions.empty() ? 0.0 : double(inside) / double(mesh.positions.size()), deepest * 1000};
}

}  // namespace av
