#pragma once
// One open atlas in one window: the loaded model, what the user has done to it, and its 3D view.
// Both the interactive loop and headless rendering drive it; actions are applied here in one place.
#include "core/annotations/content.h"
#include "core/atlas/atlas.h"
#include "core/atlas/atlas_poser.h"
#include "core/motion/muscle_state.h"
#include "core/scene/explain_state.h"
#include "core/scene/motion_state.h"
#include "core/diagnostics.h"
#include "core/scene/action.h"
#include "core/scene/scene_state.h"
#include "core/labels/label_layout.h"
#include "core/scene/explain_actions.h"
#include "core/viewer_options.h"
#include "render/viewport.h"

#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkSmartPointer.h>

#include <functional>

namespace av {

class GlSurface;

class ViewerSession {
public:
    // The surface's context must be current; it must outlive the session.
    ViewerSession(const Atlas& atlas, const Content& content, GlSurface& surface);
    ViewerSession(const ViewerSession&) = delete;
    ViewerSession& operator=(const ViewerSession&) = delete;

    const Atlas& atlas() const { return atlas_; }
    const SceneState& state() const { return state_; }
    const MotionState& motion() const { return motion_; }
    const Content& content() const { return content_; }
    const ExplainState& explain() const { return explain_; }
    // The four hamstrings at the current pose and activation.
    const std::vector<MuscleState>& muscles() const { return muscles_; }
    // Warnings of the last motion set: clamped angles, an unknown animation.
    const std::vector<std::string>& poseWarnings() const { return poseWarnings_; }
    Viewport& viewport() { return viewport_; }
    vtkGenericOpenGLRenderWindow* renderWindow() { return renderWindow_; }

    void apply(const Action& action, double flightSeconds);
    void apply(const Actions& actions, double flightSeconds);
    // Renders the 3D view into the bound framebuffer.
    void render();
    // Poses the atlas, recomputes the muscles and the strain colours.
    void setMotion(MotionState motion);
    // Moves a playing animation on by dt seconds of wall time; returns true while it plays.
    bool advanceAnimation(double dtSeconds);
    void setLowDetail(bool low);
    // Labels for the structures on show, placed for this frame; measure gives a text's size in pixels.
    std::vector<PlacedLabel> placeLabels(const std::function<void(const std::string&, float&, float&)>& measure);
    void resize(int width, int height);
    // True when GL is Mesa's software rasteriser (llvmpipe, softpipe) rather than a GPU.
    bool softwareRenderer() const;

private:
    void applyCamera(const CameraRequest& request, double flightSeconds);

    const Atlas& atlas_;
    const Content& content_;
    SceneState state_;
    ExplainState explain_;
    vtkGenericOpenGLRenderWindow* renderWindow_;
    Viewport viewport_;
    AtlasPoser poser_;
    MotionState motion_;
    std::vector<MuscleState> muscles_;
    std::vector<std::string> poseWarnings_;
};

// Applies the start options (--view, --hide, --select, the pose or animation) to a fresh session.
void applyStartOptions(ViewerSession& session, const ViewerOptions& options);

}  // namespace av
