#pragma once
// The explanation side of actions: open texts, tours, mimics, the quiz and the seeing-inside switches.
// A tour step sets the whole scene (what shows, what is highlighted, the pose, labels, x-ray, the
// needle); the camera part is returned for the viewport to carry out.
#include "core/annotations/content.h"
#include "core/scene/action.h"
#include "core/scene/explain_state.h"
#include "core/scene/motion_state.h"
#include "core/scene/scene_state.h"

namespace av {

struct CameraRequest {
    std::string view;   // a preset, or "" to keep the direction
    std::string focus;  // structure id to frame, or "" for everything
    double zoom = 1.0;
};

struct Explained {
    SceneState& state;
    MotionState& motion;
    ExplainState& explain;
};

// Applies an explanation action; returns a camera request when the action moves the camera (a tour step).
std::optional<CameraRequest> applyToExplain(const Action& action, const Atlas& atlas, const Content& content,
                                            Explained scene);

}  // namespace av
