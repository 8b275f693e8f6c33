#pragma once
// The lower level of detail of an imported mesh (what the viewer shows on a software renderer): the mesh
// decimated, written as binary STL in the file's own units and frame, like the full-detail file.
#include "core/mesh.h"

#include <filesystem>

namespace atlasimport {

// Keeps about `keep` (0..1] of the triangles, at least a couple of hundred; writes atomically. Throws
// std::runtime_error naming the file when it cannot be written. Returns the triangles written.
std::size_t writeLowDetail(const av::Mesh& mesh, double keep, const std::filesystem::path& path);

}  // namespace atlasimport
