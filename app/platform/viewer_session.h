#pragma once
// One open atlas in one window: the core ViewerModel (state, posed atlas, render list) and its 3D view.
// Actions go to the model; what they did (a camera move, a new render list) is carried out on the view here.
// Both the interactive loop and headless rendering drive it.
#include "core/annotations/content.h"
#include "core/atlas/atlas.h"
#include "core/labels/label_layout.h"
#include "core/scene/viewer_model.h"
#include "core/viewer_options.h"
#include "platform/ultrasound_texture.h"
#include "render/viewport.h"
#include "ui/ui_context.h"

#include <vtkGenericOpenGLRenderWindow.h>

#include <functional>

namespace av {

class GlSurface;

class ViewerSession {
public:
    // The surface's context must be current; it must outlive the session.
    ViewerSession(const Atlas& atlas, const Content& content, GlSurface& surface);
    ViewerSession(const ViewerSession&) = delete;
    ViewerSession& operator=(const ViewerSession&) = delete;

    const ViewerModel& model() const { return model_; }
    const Atlas& atlas() const { return model_.atlas(); }
    const ViewerState& state() const { return model_.state(); }
    Viewport& viewport() { return viewport_; }
    vtkGenericOpenGLRenderWindow* renderWindow() { return renderWindow_; }

    // Applies the actions; a camera they ask for flies there over flightSeconds (0 jumps).
    Effects apply(const Actions& actions, double flightSeconds);
    Effects apply(const Action& action, double flightSeconds);
    // The start options of the command line, the camera jumping to where they end.
    void start(const ViewerOptions& options);
    // Moves a camera flight and a playing animation on by dt seconds; true while either goes on.
    bool advance(double dtSeconds);
    void setLowDetail(bool low);
    // Renders the 3D view into the bound framebuffer.
    void render();
    // Labels for the structures the render list names, placed for this frame in the free 3D view; measure
    // gives a text's size.
    std::vector<PlacedLabel> placeLabels(const std::function<void(const std::string&, float&, float&)>& measure);
    // The part of the window the 3D view draws into (window pixels, origin top left): what the panels leave
    // free. A camera the user has not moved since it was placed frames the body again in the new shape.
    void setViewArea(const Rect& area);
    void resize(int width, int height);
    // True when GL is Mesa's software rasteriser (llvmpipe, softpipe) rather than a GPU.
    bool softwareRenderer() const;
    // What the ultrasound panel shows this frame: the model's image (as a texture, uploaded when it changed)
    // and the needle plan. The context must be current.
    UltrasoundView ultrasoundView();

private:
    void carryOut(const Effects& effects, double flightSeconds);

    ViewerModel model_;
    vtkGenericOpenGLRenderWindow* renderWindow_;
    Viewport viewport_;
    CameraFlight flight_;
    RenderList list_;    // the last one the view was given
    UltrasoundTexture ultrasoundTexture_;
    Rect area_;          // the 3D view's part of the window; empty: all of it
    CameraRequest lastRequest_{CameraRequest::Kind::Preset, "posterior", {}, 1.0};
    CameraPose placed_;  // where the last request put the camera (the user has moved it when it differs)
    bool stale_ = true;  // the view has not seen the latest render list
};

}  // namespace av
