#pragma once
// One open atlas in one window: the loaded model, what the user has done to it, and its 3D view.
// Both the interactive loop and headless rendering drive it; actions are applied here in one place.
#include "core/atlas/atlas.h"
#include "core/diagnostics.h"
#include "core/scene/action.h"
#include "core/scene/scene_state.h"
#include "core/viewer_options.h"
#include "render/viewport.h"

#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkSmartPointer.h>

namespace av {

class GlfwWindow;

class ViewerSession {
public:
    // The window's context must be current. width/height: the size VTK renders at, in pixels.
    ViewerSession(const Atlas& atlas, const GlfwWindow& window, int width, int height);
    // Releases VTK's GL resources while the window's context still exists.
    ~ViewerSession();
    ViewerSession(const ViewerSession&) = delete;
    ViewerSession& operator=(const ViewerSession&) = delete;

    const Atlas& atlas() const { return atlas_; }
    const SceneState& state() const { return state_; }
    Viewport& viewport() { return viewport_; }
    vtkGenericOpenGLRenderWindow* renderWindow() { return renderWindow_; }

    void apply(const Action& action, double flightSeconds);
    void apply(const Actions& actions, double flightSeconds);
    // Renders the 3D view into the bound framebuffer.
    void render();
    void resize(int width, int height);
    // True when GL is Mesa's software rasteriser (llvmpipe, softpipe) rather than a GPU.
    bool softwareRenderer() const;

private:
    const Atlas& atlas_;
    SceneState state_;
    vtkSmartPointer<vtkGenericOpenGLRenderWindow> renderWindow_;
    Viewport viewport_;
};

// Applies --view, --hide and --select to a fresh session.
void applyStartOptions(ViewerSession& session, const ViewerOptions& options);

}  // namespace av
