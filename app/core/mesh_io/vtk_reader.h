#pragma once
// Reading VTK XML PolyData (.vtp) and legacy VTK (.vtk) through VTK's readers into raw Mesh data for
// finishMesh(): polygons fanned into triangles, strips unrolled, the file's point normals kept.
#include "core/mesh.h"
#include "core/mesh_io/format_error.h"

#include <filesystem>

namespace av::mesh_io {

enum class VtkFormat { XmlPolyData, Legacy };

Mesh readWithVtk(const std::filesystem::path& path, VtkFormat format, Warnings& warnings);

}  // namespace av::mesh_io
