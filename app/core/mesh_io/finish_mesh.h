#pragma once
// From what a reader produced to the loader's result: refuses impossible data (non-finite coordinates,
// indices out of range, no triangles), drops degenerate and duplicate triangles, keeps the file's
// normals when they are usable and otherwise welds the mesh, makes its winding consistent and computes
// smooth normals. Oddities are reported in `warnings`; what cannot be loaded throws FormatError.
#include "core/mesh.h"
#include "core/mesh_io/format_error.h"

namespace av::mesh_io {

Mesh finishMesh(Mesh raw, Warnings& warnings);

}  // namespace av::mesh_io
