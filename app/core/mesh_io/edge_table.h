#pragma once
// Which triangles meet at which edge, in the terms of position ids (see weld.h) so that a mesh with
// split vertices (hard normals) still knows its neighbours.
#include "core/mesh.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace av::mesh_io {

struct EdgeUse {
    std::uint64_t key;       // edgeKey() of the edge's two ids
    std::uint32_t triangle;
    bool lowToHigh;          // the triangle's winding runs from the lower id to the higher
};

std::uint64_t edgeKey(std::uint32_t a, std::uint32_t b);

// Every edge of every triangle, sorted by key (then triangle) so that the uses of one edge are adjacent.
std::vector<EdgeUse> sortedEdgeUses(const std::vector<Triangle>& triangles, const std::vector<std::uint32_t>& ids);

// The uses of edge `key` as a range [first, second) of `uses`.
std::pair<std::size_t, std::size_t> edgeRange(const std::vector<EdgeUse>& uses, std::uint64_t key);

// Calls visit(first, last) for the range of uses of each edge.
template <class Visit>
void forEachEdge(const std::vector<EdgeUse>& uses, Visit visit) {
    for (std::size_t first = 0, last = 0; first < uses.size(); first = last) {
        while (last < uses.size() && uses[last].key == uses[first].key) ++last;
        visit(first, last);
    }
}

}  // namespace av::mesh_io
