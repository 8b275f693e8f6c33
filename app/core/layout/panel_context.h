#pragma once
// Which panels show, from what is going on and what the user chose in the Panels menu: in a tour the tour
// panel and its text (the structure list steps aside); the motion panel and its plots only while a motion or
// a pose is in use (an empty plot is never shown; in a tour the plots without the controls); the information panel when there is something to say;
// the ultrasound panel while a probe is placed; nothing but the caption in presenter mode.
#include "core/layout/panel_layout.h"
#include "core/scene/viewer_state.h"

#include <vector>

namespace av {

// The user's choices (the Panels and Explain menus, a panel's close button).
struct PanelChoices {
    bool structures = true;      // the structure list ...
    bool seeingInside = true;    // ... and the seeing-inside switches, outside a tour
    bool inTourToo = false;      // the user reopened the left column during a tour
    bool information = true;     // information about the selection
    bool motion = false;         // the motion panel opened from the menu although nothing moves yet
    bool tours = false, mimics = false, quiz = false;  // the tour list, the conditions, the quiz
    bool presenter = false;      // the 3D view full-window with the tour text as a caption
};

// A motion or a pose other than standing is in use (an animation, a bent joint, activation, strain colours).
bool motionInUse(const MotionState& motion);

std::vector<PanelId> openPanels(const ViewerState& state, const PanelChoices& choices);

}  // namespace av
