#include "core/ultrasound/structure_geometry.h"

#include <algorithm>
#include <cmath>

namespace av {

const Mesh& structureMesh(const PosedScene& scene, const PathologyOverlay* pathology, std::size_t index) {
    if (pathology)
        if (const Mesh* changed = pathology->mesh(index)) return *changed;
    return scene.mesh(index);
}

const TriangleBvh& structureBvh(const PosedScene& scene, const PathologyOverlay* pathology, std::size_t index) {
    if (pathology)
        if (const TriangleBvh* changed = pathology->bvh(index)) return *changed;
    return scene.bvh(index);
}

namespace {

// Crossings of a closed surface alternate between entering and leaving; a ray through a shared edge or
// vertex can miss one or count one twice.
bool alternates(const std::vector<RayHit>& hits) {
    for (std::size_t i = 1; i < hits.size(); ++i)
        if (hits[i].entering == hits[i - 1].entering) return false;
    return true;
}

}  // namespace

void insideStretches(const TriangleBvh& bvh, const Eigen::Vector3d& origin, const Eigen::Vector3d& direction,
                     double maxT, std::vector<RayHit>& hits, std::vector<Inside>& out) {
    out.clear();
    bvh.allHits(origin, direction, maxT, hits);
    // A ray that grazed an edge is cast again a micrometre to the side (invisible at the image's scale).
    const Eigen::Vector3d side = direction.unitOrthogonal() * 1e-6;
    for (int attempt = 1; attempt <= 3 && !alternates(hits); ++attempt)
        bvh.allHits(origin + side * attempt, direction, maxT, hits);
    if (hits.empty()) return;
    // Where a mesh is pressed flat (zero thickness) its two sides cross the line at the same point: take
    // the entries there first, so such a sliver opens and closes instead of inverting the count.
    std::stable_sort(hits.begin(), hits.end(), [](const RayHit& a, const RayHit& b) {
        const auto ta = std::llround(a.t * 1e7), tb = std::llround(b.t * 1e7);
        return ta != tb ? ta < tb : a.entering && !b.entering;
    });
    // The line starts inside when its first crossing leaves, and a folded patch of a mesh can make it look
    // so: then an independent ray (TriangleBvh::contains) decides. A stray leave never takes the count
    // below 0; after one, whether the line ends inside is checked the same way.
    bool doubtful = !hits.front().entering;
    int count = doubtful && bvh.contains(origin) ? 1 : 0;
    Inside current;
    for (const auto& hit : hits) {
        const int before = count;
        if (!hit.entering && count == 0) {
            doubtful = true;
            continue;
        }
        count += hit.entering ? 1 : -1;
        if (before == 0 && count > 0) {
            current = Inside{};
            current.tIn = hit.t;
            current.enterNormal = hit.normal;
        } else if (before > 0 && count == 0) {
            current.tOut = hit.t;
            current.leaveNormal = hit.normal;
            out.push_back(current);
        }
    }
    if (count > 0 && (!doubtful || bvh.contains(origin + direction * maxT))) {
        current.tOut = maxT;
        current.leaveNormal = Eigen::Vector3d::Zero();
        out.push_back(current);
    }
}

}  // namespace av
