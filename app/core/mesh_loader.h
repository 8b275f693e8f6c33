#pragma once
// Loading one mesh file (glTF/glb, OBJ, STL, PLY, FBX through Assimp; .vtp and legacy .vtk through VTK's
// readers) into a Mesh, refusing bad files with a clear message instead of crashing or allocating
// whatever a corrupt header declares.
#include "core/mesh.h"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace av {

// Thrown for a file that cannot be loaded; what() reads "<path>: <what is wrong>".
struct MeshLoadError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Loads a mesh file in the file's own units and frame: all meshes/nodes of the file merged (node
// transforms applied), polygons triangulated, degenerate triangles dropped, normals computed where the
// file has none (smooth, consistent, welded where vertices coincide so shading is smooth). Non-fatal
// oddities (dropped degenerate triangles, stray tiny fragments kept, ...) are appended to *warnings
// as "<path>: ..." when warnings is not null.
Mesh loadMeshFile(const std::filesystem::path& path, std::vector<std::string>* warnings = nullptr);

// The file name extensions loadMeshFile() accepts, lower case with the dot (".glb", ".vtp", ...).
const std::vector<std::string>& supportedMeshExtensions();

}  // namespace av
