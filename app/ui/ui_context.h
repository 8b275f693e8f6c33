#pragma once
// What the panels read each frame. They never change it: they return Actions.
#include "core/annotations/content.h"
#include "core/atlas/atlas.h"
#include "core/labels/label_layout.h"
#include "core/layout/panel_context.h"
#include "core/layout/panel_layout.h"
#include "core/diagnostics.h"
#include "core/handout/handout_plan.h"
#include "core/motion/muscle_state.h"
#include "core/motion/strain_map.h"
#include "core/scene/actions.h"
#include "core/scene/viewer_state.h"
#include "core/ultrasound/bmode_image.h"
#include "core/ultrasound/needle_planner.h"

#include <optional>
#include <cstdint>
#include <memory>
#include <string>

namespace av {

struct FrameStats {
    double frameMs = 0;   // last frame, wall clock
    double renderMs = 0;  // of which the 3D view
    bool lowDetail = false;
};

// What the ultrasound panel shows besides the state: the image, the GL texture the platform made of it (the
// panel never touches GL), and the needle plan.
struct UltrasoundView {
    std::shared_ptr<const UltrasoundImage> image;  // null without a probe
    std::uintptr_t texture = 0;                    // the image as a texture; 0: none
    const NeedlePlan* plan = nullptr;              // null without a needle
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
    UltrasoundView ultrasound{};
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

// Placing the needle by clicks: first its entry on the skin, then its target in a structure.
enum class NeedlePick { None, Entry, Target };

// Panel state that only the UI needs (search text, which panels the user opened, this frame's layout).
// File > Export scene: the dialog asks, the platform layer writes and answers.
struct SceneExportRequest {
    bool open = false;     // the menu asked for the dialog
    std::string path;      // where to write
    bool write = false;    // the user pressed Export this frame
    std::string message;   // what the writing said: the file written, or what went wrong
};

struct UiState {
    std::string search;
    PanelChoices panels;            // what the user opened or closed; context decides the rest
    std::string lastTour;           // the tour of the last frame: a new one puts the structure list aside
    PanelLayout layout;             // this frame's: where each panel is, and the 3D view's rectangle
    bool showProblems = false;      // the load problems (a floating window)
    bool lowDetailRequested = false;
    MotionHistory history;
    StrainMapCache strainMap;
    bool openKeyboardHelp = false;  // set by the menu, consumed by drawUi to open the popup at top level
    bool placingProbe = false;      // the next click on the skin seats the ultrasound probe there
    SceneExportRequest exportScene;
    // File > Handout: the dialog's path field; Save puts the request here, and the platform writes the PDF,
    // clears it and says in handoutMessage where the file went or why it could not be written.
    bool openHandout = false;
    std::string handoutPath = "handout.pdf";
    std::optional<HandoutRequest> handoutRequest;
    std::string handoutMessage;
    bool handoutFailed = false;
    NeedlePick placingNeedle = NeedlePick::None;  // what the next click sets of the needle
};

// The height of the presenter's caption (the tour step's title and text in large type) for this display.
float captionHeight(const UiContext& context);

// Draws every panel; returns what the user asked for this frame.
Actions drawUi(const UiContext& context, UiState& ui);

// Draws only what belongs in a headless image without panels (the 3D labels).
void drawOverlayOnly(const UiContext& context);

// The size a label with this text takes on screen, in pixels (ImGui's current font and scale).
void measureLabel(const std::string& text, float& width, float& height);

}  // namespace av
