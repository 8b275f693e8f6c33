#pragma once
// What the panels read each frame. They never change it: they return Actions.
#include "core/annotations/content.h"
#include "core/atlas/atlas.h"
#include "core/labels/label_layout.h"
#include "core/diagnostics.h"
#include "core/handout/handout_plan.h"
#include "core/motion/muscle_state.h"
#include "core/motion/strain_map.h"
#include "core/scene/actions.h"
#include "core/scene/viewer_state.h"

#include <optional>
#include <string>

namespace av {

struct FrameStats {
    double frameMs = 0;   // last frame, wall clock
    double renderMs = 0;  // of which the 3D view
    bool lowDetail = false;
};

struct UiContext {
    const Atlas& atlas;
    const ViewerState& state;  // everything the user has done: what shows, texts, tour, quiz, motion, instruments
    const Diagnostics& diagnostics;
    const FrameStats& stats;
    const std::vector<MuscleState>& muscles;  // at the current pose and activation
    const Content& content;                   // annotations, tours, mimics, quiz
    // Label texts placed for this frame (drawn when explain.labels is on); their sizes were measured
    // with measureLabel below.
    const std::vector<PlacedLabel>& labels;
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
    // Explanations. The annotation, the running tour and an active quiz show whenever the state has one; these are the panels the user opens from the menu.
    bool showSeeingInside = true;
    bool showTours = false;
    bool showMimics = false;
    bool showQuiz = false;
    bool showRehab = false;
    bool openKeyboardHelp = false;
    // File > Handout: the dialog's path field; Save puts the request here, and the platform writes the PDF,
    // clears it and says in handoutMessage where the file went or why it could not be written.
    bool openHandout = false;
    std::string handoutPath = "handout.pdf";
    std::optional<HandoutRequest> handoutRequest;
    std::string handoutMessage;
    bool handoutFailed = false;
    bool placingProbe = false;      // the next click on the skin seats the ultrasound probe there  // set by the menu, consumed by drawUi to open the popup at top level
    // What the panels were last placed for; when the display size or large text changes they are
    // placed again (ui/panel_layout.h).
    float layoutWidth = 0, layoutHeight = 0;
    bool layoutLarge = false;
    bool relayout = true;
};

// Draws every panel; returns what the user asked for this frame.
Actions drawUi(const UiContext& context, UiState& ui);

// Draws only what belongs in a headless image without panels (the 3D labels).
void drawOverlayOnly(const UiContext& context);

// The size a label with this text takes on screen, in pixels (ImGui's current font and scale).
void measureLabel(const std::string& text, float& width, float& height);

}  // namespace av
