#pragma once
// `--output FILE.png`: one frame of the 3D view (and the panels with --ui) drawn offscreen and written
// as a PNG. Needs an X display (Debian's VTK is GLX-only): under CI, xvfb-run.
#include "core/atlas/atlas.h"
#include "core/diagnostics.h"
#include "core/viewer_options.h"
#include "render/offscreen_target.h"

namespace av {

// Draws the frame the options describe. Throws (WindowError, std::runtime_error) when it cannot.
Image renderImage(const Atlas& atlas, const Diagnostics& diagnostics, const ViewerOptions& options);

// renderImage, then the PNG at options.output. Returns the process exit code; prints what went wrong
// to standard error.
int renderHeadless(const Atlas& atlas, const Diagnostics& diagnostics, const ViewerOptions& options);

}  // namespace av
