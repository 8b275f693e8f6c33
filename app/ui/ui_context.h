#pragma once
// What the panels read each frame. They never change it: they return Actions.
#include "core/atlas/atlas.h"
#include "core/diagnostics.h"
#include "core/scene/action.h"
#include "core/scene/scene_state.h"

#include <string>

namespace av {

struct FrameStats {
    double frameMs = 0;   // last frame, wall clock
    double renderMs = 0;  // of which the 3D view
    bool lowDetail = false;
};

struct UiContext {
    const Atlas& atlas;
    const SceneState& state;
    const Diagnostics& diagnostics;
    const FrameStats& stats;
};

// Panel state that only the UI needs (search text, which windows are open).
struct UiState {
    std::string search;
    bool showStructures = true;
    bool showInfo = true;
    bool showProblems = false;
    bool lowDetailRequested = false;
};

// Draws every panel; returns what the user asked for this frame.
Actions drawUi(const UiContext& context, UiState& ui);

}  // namespace av
