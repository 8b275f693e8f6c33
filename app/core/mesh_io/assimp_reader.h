#pragma once
// Reading glTF/glb, OBJ, STL, PLY and FBX through Assimp, every mesh of every node merged into one
// with the node transforms applied. The result is unchecked raw data for finishMesh().
#include "core/mesh.h"

#include <filesystem>

namespace av::mesh_io {

struct AssimpOptions {
    // STL's normals are per facet: no use for smooth shading, so they are dropped and recomputed.
    bool dropNormals = false;
};

Mesh readWithAssimp(const std::filesystem::path& path, const AssimpOptions& options);

}  // namespace av::mesh_io
