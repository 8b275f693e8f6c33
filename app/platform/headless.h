#pragma once
// Headless frames: the 3D view (and the panels with --ui) drawn into an offscreen framebuffer and read
// back. Needs an X display (Debian's VTK is GLX-only): under CI, xvfb-run.
#include "platform/loaded.h"
#include "core/viewer_options.h"
#include "platform/gl_surface.h"
#include "platform/viewer_session.h"
#include "render/offscreen_target.h"
#include "ui/ui_context.h"

#include <memory>

namespace av {

class ImguiLayer;

// One hidden window and session set up from the options, drawing as many frames as asked.
class HeadlessRenderer {
public:
    // Throws WindowError (no display) or std::runtime_error.
    HeadlessRenderer(const Loaded& loaded, const ViewerOptions& options);
    // On a surface made beforehand with makeHeadlessSurface (set up while the atlas loaded).
    HeadlessRenderer(std::unique_ptr<GlSurface> surface, const Loaded& loaded, const ViewerOptions& options);
    ~HeadlessRenderer();

    ViewerSession& session() { return session_; }
    // Which panels show (with --ui): a test may open them all.
    UiState& ui() { return uiState_; }
    Image renderFrame();

private:
    Loaded loaded_;
    bool ui_;
    std::unique_ptr<GlSurface> surface_;
    ViewerSession session_;
    OffscreenTarget target_;
    std::unique_ptr<ImguiLayer> imgui_;
    UiState uiState_;
};

// A hidden window and context of the options' resolution. Throws WindowError without a display.
std::unique_ptr<GlSurface> makeHeadlessSurface(const ViewerOptions& options);

// One frame as the options describe it.
Image renderImage(const Loaded& loaded, const ViewerOptions& options);

// The panels' layout after the first frames of a window with the options (--report layout), as JSON on
// standard output. Returns the process exit code.
int printLayoutReport(std::unique_ptr<GlSurface> surface, const Loaded& loaded, const ViewerOptions& options);

// renderImage, then the PNG at options.output. Returns the process exit code; prints what went wrong
// to standard error.
int renderHeadless(std::unique_ptr<GlSurface> surface, const Loaded& loaded, const ViewerOptions& options);

}  // namespace av
