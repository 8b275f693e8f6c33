#include "core/mesh_io/edge_table.h"

#include <algorithm>

namespace av::mesh_io {

std::uint64_t edgeKey(std::uint32_t a, std::uint32_t b) {
    return a < b ? (std::uint64_t{a} << 32) | b : (std::uint64_t{b} << 32) | a;
}

std::vector<EdgeUse> sortedEdgeUses(const std::vector<Triangle>& triangles, const std::vector<std::uint32_t>& ids) {
    std::vector<EdgeUse> uses;
    uses.reserve(3 * triangles.size());
    for (std::size_t t = 0; t < triangles.size(); ++t) {
        for (std::size_t k = 0; k < 3; ++k) {
            const std::uint32_t a = ids[triangles[t][k]];
            const std::uint32_t b = ids[triangles[t][(k + 1) % 3]];
            uses.push_back({edgeKey(a, b), static_cast<std::uint32_t>(t), a < b});
        }
    }
    std::sort(uses.begin(), uses.end(), [](const EdgeUse& x, const EdgeUse& y) {
        return x.key != y.key ? x.key < y.key : x.triangle < y.triangle;
    });
    return uses;
}

std::pair<std::size_t, std::size_t> edgeRange(const std::vector<EdgeUse>& uses, std::uint64_t key) {
    const auto byKey = [](const EdgeUse& use, std::uint64_t k) { return use.key < k; };
    const auto first = std::lower_bound(uses.begin(), uses.end(), key, byKey);
    auto last = first;
    while (last != uses.end() && last->key == key) ++last;
    return {static_cast<std::size_t>(first - uses.begin()), static_cast<std::size_t>(last - uses.begin())};
}

}  // namespace av::mesh_io
