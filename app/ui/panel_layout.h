#pragma once
// Where each panel starts, so that at 1280x800 none covers another and the 3D view keeps the middle:
// a left column (structures over the seeing-inside switches), a right column (information or the running
// tour over the open text, tours, mimics), a bottom strip between them (motion and its plots), and the quiz
// at the top of the view. Larger text makes the columns wider.
#include "ui/ui_context.h"

#include <imgui.h>

namespace av {

enum class PanelSlot {
    Structures,
    SeeingInside,
    Information,  // also the running tour
    Reading,      // the open annotation, the tour list, the mimics
    Motion,
    MotionPlots,
    Quiz,
};

struct PanelRect {
    ImVec2 pos, size;
};

// For the current display size and font (call inside a frame).
PanelRect panelRect(PanelSlot slot, bool largeText);

// Places the next window in its slot the first time it appears, and again whenever the layout changed.
void placeNextWindow(PanelSlot slot, const UiState& ui);

// Notes a change of display size or text size in ui.relayout; call at the start of a frame.
void updateLayout(UiState& ui, bool largeText);

// Moves the panels that place themselves (structures, motion, plots) into their slots when
// the layout changed; call after they were drawn.
void placeOwnPlacedPanels(UiState& ui);

}  // namespace av
