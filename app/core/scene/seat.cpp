#include "core/scene/seat.h"

#include <Eigen/Core>

#include <algorithm>
#include <array>

namespace av {
namespace {

// Where the seat reaches from the tuberosity's lowest point: back under the buttock, forward under the thigh,
// across both sides (sit_down moves both legs).
constexpr double kBehind = 0.12, kAhead = 0.42, kThickness = 0.03, kHalfWidth = 0.22;
// The skin that rests on the seat: within this of the tuberosity, front to back and side to side.
constexpr double kContactReach = 0.06;

Eigen::Vector3d lowestPoint(const std::vector<Vec3f>& points) {
    const auto lowest = std::min_element(points.begin(), points.end(), [](const Vec3f& a, const Vec3f& b) { return a[1] < b[1]; });
    return {(*lowest)[0], (*lowest)[1], (*lowest)[2]};
}

// A structure's points at the detail on show, placed by its posed state.
std::vector<Vec3f> posedPoints(const Structure& structure, const PosedStructure& posed, bool lowDetail) {
    const Mesh& mesh = lowDetail && !structure.meshLow.positions.empty() ? structure.meshLow : structure.mesh;
    return posedMesh(mesh, posed).positions;
}

// A box from lo to hi with outward faces (counter-clockwise seen from outside) and flat normals.
std::shared_ptr<Mesh> box(const Eigen::Vector3d& lo, const Eigen::Vector3d& hi) {
    auto mesh = std::make_shared<Mesh>();
    // Each face: its outward axis and sign; four corners counter-clockwise seen from outside.
    for (int axis = 0; axis < 3; ++axis)
        for (int sign : {-1, 1}) {
            const int u = (axis + 1) % 3, v = (axis + 2) % 3;
            Vec3f normal{0, 0, 0};
            normal[axis] = float(sign);
            const std::uint32_t first = std::uint32_t(mesh->positions.size());
            const std::array<std::array<int, 2>, 4> corners{{{0, 0}, {1, 0}, {1, 1}, {0, 1}}};
            for (const auto& c : corners) {
                Eigen::Vector3d p;
                p[axis] = sign > 0 ? hi[axis] : lo[axis];
                // Swap the corner order on the negative face so that both wind outward.
                const int cu = sign > 0 ? c[0] : c[1], cv = sign > 0 ? c[1] : c[0];
                p[u] = cu ? hi[u] : lo[u];
                p[v] = cv ? hi[v] : lo[v];
                mesh->positions.push_back({float(p.x()), float(p.y()), float(p.z())});
                mesh->normals.push_back(normal);
            }
            mesh->triangles.push_back({first, first + 1, first + 2});
            mesh->triangles.push_back({first, first + 2, first + 3});
        }
    return mesh;
}

}  // namespace

std::optional<SeatContact> seatContact(const PosedScene& scene, double sitting) {
    if (!(sitting > 0)) return std::nullopt;
    const Atlas& atlas = scene.atlas();
    const auto tuberosity = atlas.indexOf("ischial_tuberosity");
    const auto skin = atlas.indexOf("skin");
    if (!tuberosity || !skin) return std::nullopt;
    const bool low = scene.lowDetail();
    const Eigen::Vector3d bone = lowestPoint(posedPoints(atlas.structures()[*tuberosity], scene.posed(*tuberosity), low));
    // The lowest skin under the sit bone: what touches the seat first.
    double skinBottom = bone.y();
    for (const Vec3f& v : posedPoints(atlas.structures()[*skin], scene.posed(*skin), low))
        if (std::abs(v[0] - bone.x()) < kContactReach && std::abs(v[2] - bone.z()) < kContactReach)
            skinBottom = std::min(skinBottom, double(v[1]));
    SeatContact contact;
    contact.pressure = std::clamp(sitting, 0.0, 1.0);
    contact.top = skinBottom - (1.0 - contact.pressure) * kSeatApproach;
    contact.seat = box({bone.x() - kBehind, contact.top - kThickness, -kHalfWidth}, {bone.x() + kAhead, contact.top, kHalfWidth});
    contact.pressed.push_back(*tuberosity);
    if (const auto origin = atlas.indexOf("conjoint_tendon_footprint")) contact.pressed.push_back(*origin);
    return contact;
}

}  // namespace av
