#pragma once
// The desktop viewer: a GLFW window, VTK's 3D view, ImGui panels on top; orbit/pan/zoom, click to
// select, hover for the name, double-click to focus, Esc to clear, 1-6 preset views, R to reset.
#include "platform/loaded.h"
#include "core/viewer_options.h"

namespace av {

int runInteractive(const Loaded& loaded, const ViewerOptions& options);

}  // namespace av
