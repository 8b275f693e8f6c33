#pragma once
// The parts of a ViewerModel that the rules of each action family change (core/scene/rules_*.cpp), and the
// steps several families share (setting the motion poses the atlas and keeps the instruments on the skin).
// Internal to core/scene.
#include "core/scene/viewer_model.h"

namespace av {

struct ViewerModel::Parts {
    const Atlas& atlas;
    const Content& content;
    ViewerState& state;
    PosedScene& scene;
    std::vector<std::string>& poseWarnings;
    std::map<std::size_t, PaintedStructure>& paint;
    std::uint64_t& paintVersion;
    std::uint64_t& instrumentsVersion;
    std::uint64_t& settingsVersion;

    // Clamps and resolves the motion (an animation's pose at its time), poses the atlas and reseats the
    // instruments on the posed skin.
    Effects setMotion(MotionState motion);
    // Recomputes the painted pain regions after state.mimics changed.
    Effects repaint();
    Effects instrumentsChanged();
    Effects settingsChanged();  // the scanner's settings
    // The structures highlighted for these ids (each id's drawn parts too).
    std::vector<std::size_t> indicesOf(const std::vector<std::string>& ids) const;
};

// One rule per action (rules_scene.cpp, rules_explain.cpp, rules_instruments.cpp, rules_ultrasound.cpp).
using Parts = ViewerModel::Parts;
Effects rule(Parts& parts, const act::Select& a);
Effects rule(Parts& parts, const act::Hover& a);
Effects rule(Parts& parts, const act::Focus& a);
Effects rule(Parts& parts, const act::SetView& a);
Effects rule(Parts& parts, const act::ResetView& a);
Effects rule(Parts& parts, const act::SetVisible& a);
Effects rule(Parts& parts, const act::SetOpacity& a);
Effects rule(Parts& parts, const act::ShowOnly& a);
Effects rule(Parts& parts, const act::ShowAll& a);
Effects rule(Parts& parts, const act::SetLayer& a);
Effects rule(Parts& parts, const act::SetXray& a);
Effects rule(Parts& parts, const act::SetLabels& a);
Effects rule(Parts& parts, const act::SetLargeText& a);
Effects rule(Parts& parts, const act::SetMotion& a);
Effects rule(Parts& parts, const act::OpenAnnotation& a);
Effects rule(Parts& parts, const act::SetAudience& a);
Effects rule(Parts& parts, const act::StartTour& a);
Effects rule(Parts& parts, const act::SetTourStep& a);
Effects rule(Parts& parts, const act::EndTour& a);
Effects rule(Parts& parts, const act::ShowMimics& a);
Effects rule(Parts& parts, const act::StartQuiz& a);
Effects rule(Parts& parts, const act::AnswerChoice& a);
Effects rule(Parts& parts, const act::NextQuestion& a);
Effects rule(Parts& parts, const act::EndQuiz& a);
Effects rule(Parts& parts, const act::PlaceProbe& a);
Effects rule(Parts& parts, const act::MoveProbe& a);
Effects rule(Parts& parts, const act::SetProbeType& a);
Effects rule(Parts& parts, const act::ClearProbe& a);
Effects rule(Parts& parts, const act::PlaceNeedle& a);
Effects rule(Parts& parts, const act::ClearNeedle& a);
Effects rule(Parts& parts, const act::UseProbePreset& a);  // rules_ultrasound.cpp
Effects rule(Parts& parts, const act::UseNeedlePreset& a);
Effects rule(Parts& parts, const act::SetUltrasound& a);
Effects rule(Parts& parts, const act::SetPathology& a);
Effects rule(Parts& parts, const act::SetNearNerveMargin& a);

// Answers the quiz's open structure question with a picked structure (rules_explain.cpp; a click selects and
// answers); false when there was no such question waiting.
bool answerQuiz(Parts& parts, const std::string& picked);
// Reseats the probe and needle on the skin as now posed (rules_instruments.cpp).
void reseatInstruments(Parts& parts);

}  // namespace av
