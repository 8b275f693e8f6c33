#include "core/instruments/seating.h"

#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace av {
namespace {

Eigen::Vector3d point(const Vec3f& v) { return {v[0], v[1], v[2]}; }

// The skin structures with a mesh.
std::vector<std::size_t> skins(const PosedScene& scene) {
    std::vector<std::size_t> out;
    const auto& structures = scene.atlas().structures();
    for (std::size_t i = 0; i < structures.size(); ++i)
        if (structures[i].spec.kind == StructureKind::Skin && !structures[i].spec.isGroup() &&
            !structures[i].mesh.triangles.empty())
            out.push_back(i);
    return out;
}

// The outward normal at a point of a triangle: its vertex normals interpolated (smooth across the facets),
// else the facet's own normal.
Eigen::Vector3d smoothNormal(const Mesh& mesh, std::uint32_t triangle, const Eigen::Vector3d& at,
                             const Eigen::Vector3d& facet) {
    if (mesh.normals.size() != mesh.positions.size()) return facet;
    const Triangle& t = mesh.triangles[triangle];
    const Eigen::Vector3d a = point(mesh.positions[t[0]]), b = point(mesh.positions[t[1]]), c = point(mesh.positions[t[2]]);
    const Eigen::Vector3d n = (b - a).cross(c - a);
    const double area2 = n.squaredNorm();
    if (area2 <= 0) return facet;
    const double wa = (b - at).cross(c - at).dot(n) / area2;
    const double wb = (c - at).cross(a - at).dot(n) / area2;
    const Eigen::Vector3d smooth =
        wa * point(mesh.normals[t[0]]) + wb * point(mesh.normals[t[1]]) + (1 - wa - wb) * point(mesh.normals[t[2]]);
    return smooth.norm() > 1e-9 && smooth.dot(facet) > 0 ? Eigen::Vector3d(smooth.normalized()) : facet;
}

}  // namespace

std::optional<SkinContact> nearestSkin(const PosedScene& scene, const Eigen::Vector3d& near) {
    std::optional<SkinContact> best;
    for (std::size_t index : skins(scene))
        if (const auto at = scene.bvh(index).nearest(near); at && (!best || at->distance < best->distance))
            best = SkinContact{at->point, smoothNormal(scene.mesh(index), at->triangle, at->point, at->normal),
                               at->distance, index};
    return best;
}

std::optional<SkinContact> skinAlongRay(const PosedScene& scene, const Eigen::Vector3d& origin,
                                        const Eigen::Vector3d& direction) {
    std::optional<SkinContact> best;
    for (std::size_t index : skins(scene))
        if (const auto hit = scene.bvh(index).firstHit(origin, direction.normalized(), 1e3);
            hit && (!best || hit->t < best->distance))
            best = SkinContact{hit->point, smoothNormal(scene.mesh(index), hit->triangle, hit->point, hit->normal),
                               hit->t, index};
    return best;
}

std::optional<SeatedProbe> seatProbe(const PosedScene& scene, const Eigen::Vector3d& near,
                                     const Eigen::Vector3d& axisHint, const Probe& shape) {
    const auto skin = nearestSkin(scene, near);
    if (!skin) return std::nullopt;
    SeatedProbe out;
    out.probe = shape;
    out.probe.position = skin->point;
    out.probe.normal = skin->normal;
    out.probe.axis = axisHint;
    out.probe = orthonormalised(out.probe);
    out.movedMm = skin->distance * 1e3;
    out.skinId = scene.atlas().structures()[skin->skin].spec.id;
    out.skinGapMm = skinGapMm(scene, out.probe.position);
    return out;
}

Probe aimedAt(Probe probe, const Eigen::Vector3d& target) {
    probe = orthonormalised(probe);
    Eigen::Vector3d towards = target - probe.position;
    towards -= probe.axis * towards.dot(probe.axis);
    if (towards.norm() < 1e-9) return probe;
    const Eigen::Vector3d straight = -probe.normal;
    probe.tiltDeg = std::atan2(straight.cross(towards).dot(probe.axis), straight.dot(towards)) * 180.0 / M_PI;
    return probe;
}

std::optional<SeatedNeedle> seatNeedle(const PosedScene& scene, const Eigen::Vector3d& entry, const Eigen::Vector3d& tip) {
    const auto indices = skins(scene);
    if (indices.empty()) return std::nullopt;
    SeatedNeedle out;
    out.needle.tip = tip;
    const Eigen::Vector3d back = entry - tip;
    std::optional<Eigen::Vector3d> crossing;
    if (back.norm() > 1e-9) {
        // Along the needle's line from the tip outwards (and a little beyond the entry).
        const Eigen::Vector3d direction = back.normalized();
        std::vector<RayHit> hits;
        double bestGap = std::numeric_limits<double>::infinity();
        for (std::size_t index : indices) {
            scene.bvh(index).allHits(tip, direction, back.norm() + 0.03, hits);
            for (const RayHit& hit : hits)
                if (!hit.entering && (hit.point - entry).norm() < bestGap) {
                    bestGap = (hit.point - entry).norm();
                    crossing = hit.point;
                }
        }
    }
    if (!crossing) crossing = nearestSkin(scene, entry)->point;
    out.needle.entry = *crossing;
    out.movedMm = (*crossing - entry).norm() * 1e3;
    out.skinGapMm = skinGapMm(scene, *crossing);
    return out;
}

std::optional<Eigen::Vector3d> targetAlongRay(const PosedScene& scene, std::size_t index, const Eigen::Vector3d& origin,
                                              const Eigen::Vector3d& direction) {
    if (scene.mesh(index).triangles.empty()) return std::nullopt;
    const Eigen::Vector3d unit = direction.normalized();
    std::vector<RayHit> hits;
    scene.bvh(index).allHits(origin, unit, 1e3, hits);
    std::sort(hits.begin(), hits.end(), [](const RayHit& a, const RayHit& b) { return a.t < b.t; });
    for (std::size_t i = 0; i < hits.size(); ++i) {
        if (!hits[i].entering) continue;
        for (std::size_t j = i + 1; j < hits.size(); ++j)
            if (!hits[j].entering) return origin + unit * ((hits[i].t + hits[j].t) / 2);
        break;
    }
    return std::nullopt;
}

double skinGapMm(const PosedScene& scene, const Eigen::Vector3d& point) {
    const auto skin = nearestSkin(scene, point);
    return skin ? skin->distance * 1e3 : std::numeric_limits<double>::infinity();
}

}  // namespace av
