#include "core/mesh_io/orientation.h"

#include "core/mesh_io/vec3d.h"

#include <array>
#include <string>
#include <utility>

namespace av::mesh_io {

namespace {

constexpr std::uint32_t kNone = UINT32_MAX;

// Neighbours across manifold edges (exactly two triangles), and whether the neighbour runs along the
// shared edge the same way (then one of the two must be turned).
struct Neighbour {
    std::uint32_t triangle = kNone;
    bool sameWay = false;
};

struct Adjacency {
    std::vector<std::array<Neighbour, 3>> neighbours;
    std::vector<bool> onOpenEdge;  // has an edge with fewer or more than two triangles
};

Adjacency adjacency(std::size_t triangleCount, const std::vector<EdgeUse>& uses) {
    Adjacency result{std::vector<std::array<Neighbour, 3>>(triangleCount), std::vector<bool>(triangleCount, false)};
    std::vector<std::uint8_t> filled(triangleCount, 0);
    forEachEdge(uses, [&](std::size_t first, std::size_t last) {
        if (last - first != 2 || uses[first].triangle == uses[first + 1].triangle) {
            for (std::size_t u = first; u < last; ++u) result.onOpenEdge[uses[u].triangle] = true;
            return;
        }
        const EdgeUse& a = uses[first];
        const EdgeUse& b = uses[first + 1];
        const bool sameWay = a.lowToHigh == b.lowToHigh;
        result.neighbours[a.triangle][filled[a.triangle]++] = {b.triangle, sameWay};
        result.neighbours[b.triangle][filled[b.triangle]++] = {a.triangle, sameWay};
    });
    return result;
}

// Six times the signed volume enclosed by the triangles, about their first corner.
double signedVolume6(const Mesh& mesh, const std::vector<std::uint32_t>& patch) {
    const auto point = [&](std::uint32_t i) { return toVec3d(mesh.positions[i]); };
    const Vec3d origin = point(mesh.triangles[patch.front()][0]);
    double volume = 0.0;
    for (const std::uint32_t t : patch) {
        const Triangle& tri = mesh.triangles[t];
        volume += dot(point(tri[0]) - origin, cross(point(tri[1]) - origin, point(tri[2]) - origin));
    }
    return volume;
}

}  // namespace

void orientConsistently(Mesh& mesh, const std::vector<EdgeUse>& edges, Warnings& warnings) {
    const Adjacency adj = adjacency(mesh.triangles.size(), edges);
    const std::size_t count = mesh.triangles.size();
    std::vector<std::int8_t> turn(count, -1);  // -1: not reached yet
    std::size_t turned = 0, turnedOutward = 0;
    std::vector<std::uint32_t> patch;
    for (std::size_t seed = 0; seed < count; ++seed) {
        if (turn[seed] != -1) continue;
        // Walk the patch, deciding each triangle's turn relative to the seed's.
        patch.assign(1, static_cast<std::uint32_t>(seed));
        turn[seed] = 0;
        bool closed = true;
        std::size_t turnedHere = 0;
        for (std::size_t i = 0; i < patch.size(); ++i) {
            const std::uint32_t t = patch[i];
            closed = closed && !adj.onOpenEdge[t];
            for (const Neighbour& n : adj.neighbours[t]) {
                if (n.triangle == kNone || turn[n.triangle] != -1) continue;
                turn[n.triangle] = static_cast<std::int8_t>(turn[t] ^ (n.sameWay ? 1 : 0));
                turnedHere += static_cast<std::size_t>(turn[n.triangle]);
                patch.push_back(n.triangle);
            }
        }
        // The winding most of the patch already has is taken as the intended one.
        const bool invert = 2 * turnedHere > patch.size();
        for (const std::uint32_t t : patch) {
            if (invert) turn[t] = static_cast<std::int8_t>(1 - turn[t]);
            if (turn[t]) std::swap(mesh.triangles[t][1], mesh.triangles[t][2]);
        }
        turned += invert ? patch.size() - turnedHere : turnedHere;
        if (closed && signedVolume6(mesh, patch) < 0.0) {
            for (const std::uint32_t t : patch) std::swap(mesh.triangles[t][1], mesh.triangles[t][2]);
            ++turnedOutward;
        }
    }
    if (turned > 0)
        warnings.push_back("turned " + std::to_string(turned) +
                           " triangles whose winding disagreed with their neighbours");
    if (turnedOutward > 0)
        warnings.push_back("turned " + std::to_string(turnedOutward) + " closed parts that were inside out");
}

}  // namespace av::mesh_io
