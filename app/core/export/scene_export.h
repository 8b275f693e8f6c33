#pragma once
// `--export-scene FILE.glb` and File > Export scene: the frame as the render list describes it (the pose, the
// strain colours, the highlights) written as one glTF 2.0 binary that slides, Blender, f3d or a 3D printer's
// slicer open. One node per visible structure named by its id, vertex positions in metres in the atlas frame,
// one material per colour drawn. Written through Assimp's glTF 2 exporter, atomically.
#include "core/scene/render_list.h"

#include <filesystem>

namespace av {

class Atlas;

struct ExportSummary {
    std::size_t nodes = 0, materials = 0, triangles = 0;
};

// Throws std::runtime_error naming the file when it cannot be written or Assimp refuses the scene.
ExportSummary exportSceneGlb(const Atlas& atlas, const RenderList& frame, const std::filesystem::path& file);

}  // namespace av
