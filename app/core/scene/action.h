#pragma once
// What a panel, a key or a click asks for. Panels emit actions instead of editing state, so the
// platform layer applies them in one place and the camera and the scene stay consistent.
#include "core/scene/motion_state.h"

#include <string>
#include <vector>

namespace av {

struct Action {
    enum class Type {
        Select,          // id: select (highlight + info); empty id clears
        Hover,           // id: the structure under the mouse; empty clears
        Focus,           // id: fly the camera to it
        SetView,         // text: a preset view name
        ResetView,
        SetVisible,      // id, flag
        SetOpacity,      // id, value
        ShowOnly,        // id: hide everything else
        ShowAll,
        SetMotion,       // motion: the new pose, activation, timeline and strain display
        SetLayer,        // text: a kind (bone, muscle, tendon, ligament, bursa, nerve, skin, region), flag: shown
        OpenAnnotation,  // id: an annotation id ("" closes); its structures are highlighted
        SetAudience,     // flag: true = clinical wording, false = plain words for patients
        StartTour,       // id: tour id, value: step (1-based; 0 = first)
        SetTourStep,     // value: step (1-based)
        EndTour,
        ShowMimic,       // id: mimic id ("" clears): paints where it is felt, highlights its structures
        SetLabels,       // flag
        SetXray,         // flag
        SetLargeText,    // flag
        StartQuiz,
        NextQuestion,
        EndQuiz,
    };
    Type type;
    std::string id;
    std::string text;
    bool flag = false;
    float value = 0.0f;
    MotionState motion;
};

using Actions = std::vector<Action>;

}  // namespace av
