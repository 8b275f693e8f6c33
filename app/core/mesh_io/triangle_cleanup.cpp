#include "core/mesh_io/triangle_cleanup.h"

#include "core/mesh_io/edge_table.h"
#include "core/mesh_io/vec3d.h"

#include <algorithm>
#include <array>
#include <string>

namespace av::mesh_io {

namespace {

// Zero area up to rounding: the cross product is negligible next to the longest edge squared.
bool hasZeroArea(const Mesh& mesh, const Triangle& t) {
    const Vec3d a = toVec3d(mesh.positions[t[0]]), b = toVec3d(mesh.positions[t[1]]), c = toVec3d(mesh.positions[t[2]]);
    const Vec3d ab = b - a, bc = c - b, ca = a - c;
    const double longest = std::max({dot(ab, ab), dot(bc, bc), dot(ca, ca)});
    return length(cross(ab, c - a)) <= 1e-12 * longest;
}

void keepOnly(Mesh& mesh, const std::vector<bool>& keep) {
    std::size_t out = 0;
    for (std::size_t t = 0; t < mesh.triangles.size(); ++t)
        if (keep[t]) mesh.triangles[out++] = mesh.triangles[t];
    mesh.triangles.resize(out);
}

std::array<std::uint32_t, 3> cornerIds(const Triangle& t, const std::vector<std::uint32_t>& ids) {
    return {ids[t[0]], ids[t[1]], ids[t[2]]};
}

// Whether the corners, read in winding order, are an even rotation of their sorted order.
bool isEvenWinding(const std::array<std::uint32_t, 3>& c) {
    return (c[0] < c[1]) + (c[1] < c[2]) + (c[2] < c[0]) == 2;
}

// How the triangles around a duplicated triangle's edges vote for its even winding (+) or the odd (-).
int neighbourVote(const std::vector<EdgeUse>& uses, const std::array<std::uint32_t, 3>& corners,
                  const std::vector<std::size_t>& group) {
    std::array<std::uint32_t, 3> even = corners;
    if (!isEvenWinding(even)) std::swap(even[1], even[2]);
    int vote = 0;
    for (std::size_t k = 0; k < 3; ++k) {
        const std::uint32_t a = even[k], b = even[(k + 1) % 3];
        const auto [first, last] = edgeRange(uses, edgeKey(a, b));
        for (std::size_t u = first; u < last; ++u) {
            if (std::find(group.begin(), group.end(), uses[u].triangle) != group.end()) continue;
            // A consistent neighbour runs along the shared edge the other way.
            vote += uses[u].lowToHigh != (a < b) ? 1 : -1;
        }
    }
    return vote;
}

}  // namespace

void dropDegenerateTriangles(Mesh& mesh, const std::vector<std::uint32_t>& ids, Warnings& warnings) {
    std::vector<bool> keep(mesh.triangles.size());
    std::size_t dropped = 0;
    for (std::size_t i = 0; i < mesh.triangles.size(); ++i) {
        const auto c = cornerIds(mesh.triangles[i], ids);
        keep[i] = c[0] != c[1] && c[1] != c[2] && c[2] != c[0] && !hasZeroArea(mesh, mesh.triangles[i]);
        dropped += keep[i] ? 0 : 1;
    }
    if (dropped == mesh.triangles.size())
        throw FormatError("all " + std::to_string(dropped) + " triangles are degenerate (zero area)");
    if (dropped > 0)
        warnings.push_back("dropped " + std::to_string(dropped) + " degenerate triangles (zero area) of " +
                           std::to_string(mesh.triangles.size()));
    keepOnly(mesh, keep);
}

void dropDuplicateTriangles(Mesh& mesh, const std::vector<std::uint32_t>& ids, Warnings& warnings) {
    const std::size_t count = mesh.triangles.size();
    std::vector<std::array<std::uint32_t, 3>> sorted(count);
    std::vector<std::size_t> order(count);
    for (std::size_t t = 0; t < count; ++t) {
        sorted[t] = cornerIds(mesh.triangles[t], ids);
        std::sort(sorted[t].begin(), sorted[t].end());
        order[t] = t;
    }
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return sorted[x] != sorted[y] ? sorted[x] < sorted[y] : x < y;
    });

    std::vector<EdgeUse> uses;  // built at the first two-way duplicate only: most meshes have none
    std::vector<bool> keep(count, true);
    std::size_t dropped = 0;
    for (std::size_t first = 0, last = 0; first < count; first = last) {
        while (last < count && sorted[order[last]] == sorted[order[first]]) ++last;
        if (last - first < 2) continue;
        const std::vector<std::size_t> group(order.begin() + static_cast<std::ptrdiff_t>(first),
                                             order.begin() + static_cast<std::ptrdiff_t>(last));
        bool hasEven = false, hasOdd = false;
        for (const std::size_t t : group)
            (isEvenWinding(cornerIds(mesh.triangles[t], ids)) ? hasEven : hasOdd) = true;
        int vote = 0;
        if (hasEven && hasOdd) {
            if (uses.empty()) uses = sortedEdgeUses(mesh.triangles, ids);
            vote = neighbourVote(uses, cornerIds(mesh.triangles[group.front()], ids), group);
        }
        bool wantEven = hasEven && vote >= 0, wantOdd = hasOdd && vote <= 0;
        for (const std::size_t t : group) {
            bool& want = isEvenWinding(cornerIds(mesh.triangles[t], ids)) ? wantEven : wantOdd;
            keep[t] = want;
            want = false;  // one copy of each kept winding
            dropped += keep[t] ? 0 : 1;
        }
    }
    if (dropped > 0)
        warnings.push_back("dropped " + std::to_string(dropped) +
                           " duplicate triangles (on the same corners as another triangle)");
    keepOnly(mesh, keep);
}

}  // namespace av::mesh_io
