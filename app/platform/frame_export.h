#pragma once
// `--export-frames DIR --animation ID --fps N`: every frame of one pass of the animation as
// DIR/frame_0001.png, ...; and DIR/ID.mp4 when ffmpeg is installed (users ask for video).
#include "platform/gl_surface.h"
#include "platform/loaded.h"
#include "core/viewer_options.h"

#include <filesystem>

namespace av {

int exportFrames(std::unique_ptr<GlSurface> surface, const Loaded& loaded, const ViewerOptions& options,
                 const std::filesystem::path& folder, int fps);

}  // namespace av
