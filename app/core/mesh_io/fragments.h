#pragma once
// Finding stray fragments: parts (triangles connected through shared edges) far smaller than the
// mesh's main part, such as the zero-volume slivers some exported anatomy meshes carry. They are kept,
// and reported in `warnings`.
#include "core/mesh.h"
#include "core/mesh_io/format_error.h"

#include <cstdint>
#include <vector>

namespace av::mesh_io {

// `ids` are the position ids of weld.h.
void warnAboutFragments(const Mesh& mesh, const std::vector<std::uint32_t>& ids, Warnings& warnings);

}  // namespace av::mesh_io
