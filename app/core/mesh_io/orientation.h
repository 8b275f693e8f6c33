#pragma once
// Consistent winding, for meshes whose normals are computed from it: within each surface patch every
// triangle is turned to agree with its neighbours (the majority winding of the patch wins), and each
// closed patch wound inside out is turned outward. Both are reported in `warnings`.
#include "core/mesh.h"
#include "core/mesh_io/format_error.h"

#include <cstdint>
#include <vector>

namespace av::mesh_io {

// `ids` are the position ids of weld.h.
void orientConsistently(Mesh& mesh, const std::vector<std::uint32_t>& ids, Warnings& warnings);

}  // namespace av::mesh_io
