#pragma once
// Consistent winding, for meshes whose normals are computed from it: within each surface patch every
// triangle is turned to agree with its neighbours (the majority winding of the patch wins), and each
// closed patch wound inside out is turned outward. Both are reported in `warnings`.
#include "core/mesh.h"
#include "core/mesh_io/edge_table.h"
#include "core/mesh_io/format_error.h"

#include <vector>

namespace av::mesh_io {

// `edges` are the mesh's sortedEdgeUses() as the triangles are wound on entry.
void orientConsistently(Mesh& mesh, const std::vector<EdgeUse>& edges, Warnings& warnings);

}  // namespace av::mesh_io
