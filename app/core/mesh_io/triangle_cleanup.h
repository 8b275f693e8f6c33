#pragma once
// Removing triangles that carry no surface: degenerate ones (two corners at one position, or zero
// area) and duplicates (the same three corners as another triangle). `ids` are the position ids of
// weld.h. Each removal is reported in `warnings`.
#include "core/mesh.h"
#include "core/mesh_io/format_error.h"

#include <cstdint>
#include <vector>

namespace av::mesh_io {

// Throws FormatError when every triangle is degenerate.
void dropDegenerateTriangles(Mesh& mesh, const std::vector<std::uint32_t>& ids, Warnings& warnings);

// Of several triangles on the same corners, keeps one. When copies are wound both ways, keeps the
// winding that agrees with the neighbouring triangles; an isolated two-sided triangle (no neighbours,
// as in stray zero-volume fragments) keeps one copy each way.
void dropDuplicateTriangles(Mesh& mesh, const std::vector<std::uint32_t>& ids, Warnings& warnings);

}  // namespace av::mesh_io
