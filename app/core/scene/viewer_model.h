#pragma once
// One open atlas and everything done to it, without a display: the ViewerState, the posed atlas, and the one
// apply() that carries out every action. The window, headless images, the reports and the tests all drive
// this; the render layer draws its render list.
#include "core/annotations/content.h"
#include "core/atlas/atlas.h"
#include "core/scene/actions.h"
#include "core/scene/camera.h"
#include "core/scene/paint.h"
#include "core/scene/posed_scene.h"
#include "core/scene/render_list.h"
#include "core/scene/ultrasound_scan.h"
#include "core/scene/viewer_state.h"
#include "core/viewer_options.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace av {

// What an action did, for whoever shows the scene.
struct Effects {
    bool changed = false;                 // something a frame shows is different: draw again
    std::optional<CameraRequest> camera;  // the camera should move
    bool poseChanged = false;             // the posed points changed
    bool instrumentsChanged = false;

    Effects& operator+=(const Effects& other);
};

class ViewerModel {
public:
    ViewerModel(const Atlas& atlas, const Content& content);
    ViewerModel(const ViewerModel&) = delete;
    ViewerModel& operator=(const ViewerModel&) = delete;

    Effects apply(const Action& action);
    Effects apply(const Actions& actions);
    // Moves a playing animation on by dt seconds of wall time (nothing when none plays).
    Effects advance(double dtSeconds);
    // The level of detail the screen shows: posed() deforms those meshes.
    Effects setLowDetail(bool low);

    const Atlas& atlas() const { return atlas_; }
    const Content& content() const { return content_; }
    const ViewerState& state() const { return state_; }
    const PosedScene& scene() const { return scene_; }
    const std::vector<MuscleState>& muscles() const { return scene_.muscles(); }
    // Warnings of the last motion set: clamped angles, an unknown animation.
    const std::vector<std::string>& poseWarnings() const { return poseWarnings_; }

    RenderList renderList() const;

    // The simulated image for the probe as placed (null without a probe, or without the acoustic materials),
    // and the plan of the needle as placed (null without one): worked out when first asked after the probe,
    // the needle, the pose, the settings or the pathology changed.
    std::shared_ptr<const UltrasoundImage> ultrasoundImage() const;
    const NeedlePlan* needlePlan() const;

    // Rules of each action family (core/scene/rules_*.cpp) reach the parts through this.
    struct Parts;

private:
    const Atlas& atlas_;
    const Content& content_;
    ViewerState state_;
    PosedScene scene_;
    std::vector<std::string> poseWarnings_;
    // Painted vertex colours, kept until the painted conditions change.
    std::map<std::size_t, PaintedStructure> paint_;
    std::uint64_t paintVersion_ = 1, instrumentsVersion_ = 1, settingsVersion_ = 1;
    UltrasoundScan scan_;
};

// Applies the start options (--view, --hide, --select, the pose or animation, --annotation, --xray, --labels,
// --tour/--step) to a fresh model, in the order that makes each one win where it should; returns the camera
// request the view ends on.
CameraRequest applyStartOptions(ViewerModel& model, const ViewerOptions& options);

}  // namespace av
