#pragma once
// Where each panel starts, so that at 1280x800 none covers another and the 3D view keeps the middle:
// a left column (structures over the seeing-inside switches), a right column (information, or the tours,
// the running tour or the quiz in its place, over the open text or the mimics), and a bottom strip between
// them (motion and its plots); the ultrasound panel stands in the middle's right side above that strip, so
// the image sits beside the 3D view. Larger text makes the columns wider.
#include "ui/ui_context.h"

#include <imgui.h>

namespace av {

enum class PanelSlot {
    Structures,
    SeeingInside,
    Information,  // also the tour list, the running tour, the quiz
    Reading,      // the open annotation, the mimics
    Motion,
    MotionPlots,
    Ultrasound,  // the middle column's right side, above the motion strip: the image beside the 3D view
};

struct PanelRect {
    ImVec2 pos, size;
};

// For the current display size and font (call inside a frame).
PanelRect panelRect(PanelSlot slot, bool largeText);

// Places the next window in its slot the first time it appears, and again whenever the layout changed.
// Windows that share a slot are opaque, so the one in front hides the others completely.
void placeNextWindow(PanelSlot slot, const UiState& ui);

// Notes a change of display size or text size in ui.relayout; call at the start of a frame.
void updateLayout(UiState& ui, bool largeText);

// Moves the panels that place themselves (structures, motion, plots) into their slots when
// the layout changed; call after they were drawn.
void placeOwnPlacedPanels(UiState& ui);

}  // namespace av
