#pragma once
// Checks of the posed atlas as a body, for the tests and bench-motion-artefacts: how much of a structure lies
// inside a bone and how deep, and how much lies outside the skin. Full-detail meshes; atlas frame, metres.
#include "core/scene/posed_scene.h"

#include <cstddef>

namespace av {

struct BoneDepth {
    double fractionInside = 0;  // of the structure's vertices, inside any bone
    double deepestMm = 0;       // the deepest of them, below that bone's surface
};
BoneDepth insideBones(const PosedScene& scene, std::size_t index);

// The share of the structure's vertices outside the skin by more than toleranceM, among those that `covered`
// says the skin reaches (given the neutral vertex); 0 when it covers none.
template <typename Covered>
double outsideSkin(const PosedScene& scene, std::size_t skin, std::size_t index, double toleranceM, Covered covered) {
    const TriangleBvh& surface = scene.bvh(skin);
    const Mesh& posed = scene.mesh(index);
    const auto& neutral = scene.atlas().structures()[index].mesh.positions;
    std::size_t reached = 0, outside = 0;
    for (std::size_t v = 0; v < posed.positions.size() && v < neutral.size(); ++v) {
        if (!covered(neutral[v])) continue;
        ++reached;
        const Eigen::Vector3d p(posed.positions[v][0], posed.positions[v][1], posed.positions[v][2]);
        if (!surface.contains(p) && surface.nearest(p)->distance > toleranceM) ++outside;
    }
    return reached ? double(outside) / double(reached) : 0.0;
}

}  // namespace av
