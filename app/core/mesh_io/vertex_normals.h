#pragma once
// Smooth vertex normals: each vertex gets the area-weighted mean of the normals of the triangles
// around it (area weighting keeps thin slivers from skewing it). Expects a welded mesh with no
// degenerate triangles, wound consistently.
#include "core/mesh.h"

#include <vector>

namespace av::mesh_io {

std::vector<Vec3f> vertexNormals(const Mesh& mesh);

}  // namespace av::mesh_io
