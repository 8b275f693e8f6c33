#include "core/mesh_io/fragments.h"

#include <algorithm>
#include <numeric>
#include <string>

namespace av::mesh_io {

namespace {

// A part this much smaller than the largest one counts as a stray fragment.
constexpr std::size_t kFragmentRatio = 100;

class DisjointSets {
public:
    explicit DisjointSets(std::size_t count) : parent_(count) { std::iota(parent_.begin(), parent_.end(), 0); }
    std::size_t find(std::size_t x) {
        while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
        return x;
    }
    void join(std::size_t a, std::size_t b) { parent_[find(a)] = find(b); }

private:
    std::vector<std::size_t> parent_;
};

}  // namespace

void warnAboutFragments(std::size_t triangleCount, const std::vector<EdgeUse>& edges, Warnings& warnings) {
    const std::size_t count = triangleCount;
    DisjointSets parts(count);
    forEachEdge(edges, [&](std::size_t first, std::size_t last) {
        for (std::size_t u = first + 1; u < last; ++u) parts.join(edges[first].triangle, edges[u].triangle);
    });
    std::vector<std::size_t> size(count, 0);
    for (std::size_t t = 0; t < count; ++t) ++size[parts.find(t)];
    const std::size_t largest = *std::max_element(size.begin(), size.end());
    std::size_t fragments = 0, fragmentTriangles = 0;
    for (const std::size_t s : size) {
        if (s == 0 || s * kFragmentRatio >= largest) continue;
        ++fragments;
        fragmentTriangles += s;
    }
    if (fragments > 0)
        warnings.push_back("kept " + std::to_string(fragments) + " stray fragments (" +
                           std::to_string(fragmentTriangles) + " triangles in all, each under 1% of the largest part's " +
                           std::to_string(largest) + ")");
}

}  // namespace av::mesh_io
