#include "core/instruments/seating.h"

#include <Eigen/Geometry>

#include <limits>

namespace av {
namespace {

std::vector<std::size_t> skins(const Atlas& atlas) {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < atlas.structures().size(); ++i) {
        const Structure& s = atlas.structures()[i];
        if (s.spec.kind == StructureKind::Skin && !s.spec.isGroup() && !s.mesh.triangles.empty()) found.push_back(i);
    }
    return found;
}

// The surface normal at a point of a triangle: its vertices' normals averaged (smoother than the facet's),
// falling back to the facet's own.
Eigen::Vector3d smoothNormal(const Mesh& mesh, std::uint32_t triangle, const Eigen::Vector3d& facet) {
    if (mesh.normals.size() != mesh.positions.size()) return facet;
    Eigen::Vector3d sum = Eigen::Vector3d::Zero();
    for (std::uint32_t v : mesh.triangles[triangle]) sum += Eigen::Vector3f(mesh.normals[v].data()).cast<double>();
    return sum.norm() > 1e-9 && sum.dot(facet) > 0 ? Eigen::Vector3d(sum.normalized()) : facet;
}

}  // namespace

std::optional<SkinContact> skinContact(const PosedScene& scene, const Eigen::Vector3d& near,
                                       const std::optional<Eigen::Vector3d>& outward) {
    std::optional<SkinContact> best;
    for (std::size_t index : skins(scene.atlas())) {
        const TriangleBvh& bvh = scene.bvh(index);
        if (outward && outward->norm() > 1e-9) {
            const Eigen::Vector3d direction = outward->normalized();
            // Start well inside along the line, so the outermost exit is found even from outside the body.
            const Eigen::Vector3d start = near - direction * 1.0;
            std::vector<RayHit> hits;
            bvh.allHits(start, direction, 2.0, hits);
            for (auto hit = hits.rbegin(); hit != hits.rend(); ++hit) {
                if (hit->entering) continue;
                const double distance = (hit->point - near).norm();
                if (!best || distance < best->distance)
                    best = SkinContact{hit->point, smoothNormal(scene.mesh(index), hit->triangle, hit->normal), distance};
                break;
            }
            if (best) continue;
        }
        if (const auto nearest = bvh.nearest(near); nearest && (!best || nearest->distance < best->distance))
            best = SkinContact{nearest->point, smoothNormal(scene.mesh(index), nearest->triangle, nearest->normal),
                               nearest->distance};
    }
    return best;
}

std::optional<SkinContact> skinAlongRay(const PosedScene& scene, const Eigen::Vector3d& origin,
                                        const Eigen::Vector3d& direction) {
    std::optional<SkinContact> best;
    for (std::size_t index : skins(scene.atlas()))
        if (const auto hit = scene.bvh(index).firstHit(origin, direction.normalized(), 1e3); hit && (!best || hit->t < best->distance))
            best = SkinContact{hit->point, smoothNormal(scene.mesh(index), hit->triangle, hit->normal), hit->t};
    return best;
}

Probe seatProbe(const PosedScene& scene, Probe probe, const std::optional<Eigen::Vector3d>& outward) {
    const auto contact = skinContact(scene, probe.position, outward);
    if (!contact) return probe;
    probe.position = contact->point;
    probe.normal = contact->normal;
    return orthonormalised(probe);
}

Needle seatNeedle(const PosedScene& scene, Needle needle) {
    const Eigen::Vector3d out = needle.entry - needle.tip;
    if (const auto contact = skinContact(scene, needle.entry, out.norm() > 1e-9 ? std::optional(out) : std::nullopt))
        needle.entry = contact->point;
    return needle;
}

double skinGapMm(const PosedScene& scene, const Eigen::Vector3d& point) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t index : skins(scene.atlas()))
        if (const auto nearest = scene.bvh(index).nearest(point)) best = std::min(best, nearest->distance * 1000.0);
    return best;
}

}  // namespace av
