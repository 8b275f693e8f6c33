#pragma once
// Everything the user has done to the atlas, in one place: what shows and how, the selection, the open text
// and its wording, the tour and its step, the quiz, the painted pain regions, the motion, the probe and
// needle, the scanner's settings and the pathologies shown. The camera is not here: it belongs to the view (core/scene/camera.h). Plain data; only
// ViewerModel::apply changes it.
#include "core/annotations/document.h"
#include "core/atlas/atlas.h"
#include "core/instruments/instruments.h"
#include "core/pathology/pathology.h"
#include "core/scene/motion_state.h"
#include "core/ultrasound/scan_geometry.h"

#include <optional>
#include <string>
#include <vector>

namespace av {

struct QuizProgress {
    bool active = false;
    Audience audience = Audience::Patient;  // whose questions this run asks (the wording when it started)
    std::size_t question = 0;  // index into the quiz's questions
    int correct = 0, answered = 0;
    std::string lastPick;      // structure id of the answer to a structure question, "" before one
    int lastChoice = -1;       // option picked for a choice question, -1 before one
    bool lastCorrect = false;

    bool hasAnswer() const { return !lastPick.empty() || lastChoice >= 0; }
};

struct ViewerState {
    // What shows, per structure index.
    std::vector<bool> visible;
    std::vector<float> opacity;  // 0..1, the user's choice (x-ray fades on top of it)
    std::optional<std::size_t> selected;
    std::optional<std::size_t> hovered;
    std::string view = "posterior";          // the last preset view chosen
    std::vector<std::string> highlighted;    // ids a text, tour step or mimic highlights besides the selection
    bool xray = false;
    bool labels = false;
    bool largeText = false;

    // Explanations.
    std::string annotation;  // the open text, "" for none
    Audience audience = Audience::Patient;   // the wording of the texts; a tour sets its own while it runs
    Audience audienceBeforeTour = Audience::Patient;  // given back when the tour ends
    std::string tour;        // the running tour, "" for none
    std::size_t tourStep = 0;  // 1-based step of the running tour
    std::vector<std::string> mimics;  // conditions whose pain regions are painted on the skin
    QuizProgress quiz;

    MotionState motion;
    Instruments instruments;
    std::string probePreset, needlePreset;  // the presets the instruments came from; "" once placed or moved by hand
    UltrasoundSettings ultrasound;          // depth, frequency, gain, TGC (the probe's type is the probe's)
    PathologySet pathology;                 // shown in 3D and in the image
    double nearNerveMm = 5;                 // the needle warns near_nerve when its shaft comes closer (adjustable)

    static ViewerState forAtlas(const Atlas& atlas);
};

}  // namespace av
