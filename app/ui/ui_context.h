#pragma once
// What the panels read each frame. They never change it: they return Actions.
#include "core/atlas/atlas.h"
#include "core/diagnostics.h"
#include "core/motion/muscle_state.h"
#include "core/motion/strain_map.h"
#include "core/scene/motion_state.h"
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
    const MotionState& motion;
    const std::vector<MuscleState>& muscles;  // at the current pose and activation
};

// Recent values for the live plots: one series per hamstring, oldest first.
struct MotionHistory {
    static constexpr std::size_t kLength = 240;
    std::vector<std::vector<float>> mtuLengthMm, tendonStrainPercent;
    void add(const std::vector<MuscleState>& muscles);
};

// The hip x knee strain map of one muscle, kept until the muscle or the activation changes.
struct StrainMapCache {
    std::string muscle;
    double activation = -1;
    StrainMap map;
};

// Panel state that only the UI needs (search text, which windows are open).
struct UiState {
    std::string search;
    bool showStructures = true;
    bool showInfo = true;
    bool showProblems = false;
    bool lowDetailRequested = false;
    bool showMotion = true;
    MotionHistory history;
    StrainMapCache strainMap;
};

// Draws every panel; returns what the user asked for this frame.
Actions drawUi(const UiContext& context, UiState& ui);

}  // namespace av
