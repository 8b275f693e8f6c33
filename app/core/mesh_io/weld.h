#pragma once
// Welding: vertices at exactly the same position become one, so that the triangles around them are
// known to be neighbours (files such as STL store every triangle's corners separately).
#include "core/mesh.h"

#include <cstdint>
#include <vector>

namespace av::mesh_io {

// For every position, the index of the first position equal to it.
std::vector<std::uint32_t> positionIds(const std::vector<Vec3f>& positions);

// The mesh with coinciding vertices merged (normals dropped: they are computed afterwards).
Mesh welded(const Mesh& mesh);

}  // namespace av::mesh_io
