#pragma once
// What a panel, a key, a click, a tour or the command line asks for, as typed values. Panels emit them instead
// of editing state; ViewerModel::apply (core/scene/viewer_model.h) carries every one of them out in one place,
// so the interactive loop, headless images, the reports and the tests drive the same code.
#include "core/annotations/document.h"
#include "core/atlas/structure_spec.h"
#include "core/instruments/instruments.h"
#include "core/pathology/pathology.h"
#include "core/scene/motion_state.h"
#include "core/ultrasound/scan_geometry.h"

#include <Eigen/Core>

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace av::act {

// Selection and the camera.
struct Select { std::string id; };     // highlight + information; "" clears
struct Hover { std::string id; };      // the structure under the mouse; "" clears
struct Focus { std::string id; };      // fly the camera to it
struct SetView { std::string view; };  // a preset of core/views.h
struct ResetView {};

// What shows.
struct SetVisible { std::string id; bool visible = true; };  // a structure and its parts
struct SetOpacity { std::string id; float opacity = 1; };    // 0..1
struct ShowOnly { std::string id; };
struct ShowAll {};
struct SetLayer { StructureKind kind; bool shown = true; };  // every structure of a kind
struct SetXray { bool on = false; };    // all but the highlighted structures see-through
struct SetLabels { bool on = false; };  // 3-D labels with leader lines
struct SetLargeText { bool on = false; };

// Motion: the pose, activation, timeline and strain colours.
struct SetMotion { MotionState motion; };

// Explanations.
struct OpenAnnotation { std::string id; };  // "" closes; its structures are highlighted
struct SetAudience { Audience audience = Audience::Patient; };
struct StartTour { std::string id; std::size_t step = 1; };  // steps count from 1
struct SetTourStep { std::size_t step = 1; };
struct EndTour {};
struct ShowMimics { std::vector<std::string> ids; };  // where each is felt is painted on the skin; {} clears
struct StartQuiz {};  // the questions for the wording in use (patient or clinical)
struct AnswerChoice { std::size_t option = 0; };  // the option picked (0-based) for the open choice question
struct NextQuestion {};
struct EndQuiz {};

// Instruments, in the atlas frame (metres).
// Seats the probe on the skin of the posed body nearest to `point`; its image runs along `axis` (made
// perpendicular to the skin normal; none keeps the current axis, or runs head to foot).
struct PlaceProbe { Eigen::Vector3d point; std::optional<Eigen::Vector3d> axis; };
// Moves the seated probe: slides along its axis and across it (mm), turns it about the skin normal
// (degrees; 90 swaps transverse and longitudinal), tilts the beam (degrees, added). It stays on the skin.
struct MoveProbe { double alongMm = 0, acrossMm = 0, turnDeg = 0, tiltDeg = 0; };
struct SetProbeType { ProbeType type = ProbeType::Linear; };
struct ClearProbe {};
// The needle enters the skin nearest to `entry` and ends at `tip`.
struct PlaceNeedle { Eigen::Vector3d entry, tip; };
struct ClearNeedle {};
// Presets of data/ultrasound/presets.json (the command line and the tours use the same): the probe seated
// on the posed skin with the preset's depth, frequency and gain; the needle (and its probe preset, when no
// probe is placed). An unknown id changes nothing.
struct UseProbePreset { std::string id; };
struct UseNeedlePreset { std::string id; };

// The scanner and the pathologies.
struct SetUltrasound { UltrasoundSettings settings; };  // clamped to core/ultrasound/settings_limits.h
struct SetPathology { PathologySet set; };              // {} shows the healthy anatomy
// The needle planner's safety margin to the nerves, mm (clamped to core/ultrasound/settings_limits.h).
struct SetNearNerveMargin { double mm; };

}  // namespace av::act

namespace av {

using Action = std::variant<act::Select, act::Hover, act::Focus, act::SetView, act::ResetView, act::SetVisible,
                            act::SetOpacity, act::ShowOnly, act::ShowAll, act::SetLayer, act::SetXray, act::SetLabels,
                            act::SetLargeText, act::SetMotion, act::OpenAnnotation, act::SetAudience, act::StartTour,
                            act::SetTourStep, act::EndTour, act::ShowMimics, act::StartQuiz, act::AnswerChoice, act::NextQuestion,
                            act::EndQuiz, act::PlaceProbe, act::MoveProbe, act::SetProbeType, act::ClearProbe,
                            act::PlaceNeedle, act::ClearNeedle, act::UseProbePreset, act::UseNeedlePreset,
                            act::SetUltrasound, act::SetPathology, act::SetNearNerveMargin>;
using Actions = std::vector<Action>;

}  // namespace av
