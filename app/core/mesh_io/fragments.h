#pragma once
// Finding stray fragments: parts (triangles connected through shared edges) far smaller than the
// mesh's main part, such as the zero-volume slivers some exported anatomy meshes carry. They are kept,
// and reported in `warnings`.
#include "core/mesh_io/edge_table.h"
#include "core/mesh_io/format_error.h"

#include <vector>

namespace av::mesh_io {

// `edges` are the sortedEdgeUses() of the mesh's triangles (only which triangles share an edge
// matters, not their winding).
void warnAboutFragments(std::size_t triangleCount, const std::vector<EdgeUse>& edges, Warnings& warnings);

}  // namespace av::mesh_io
