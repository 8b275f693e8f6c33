#pragma once
#include "ui/ui_context.h"

namespace av {

// The guided tours to choose from: title, audience, number of steps, summary, Start.
void drawTourListPanel(const UiContext& context, UiState& ui, Actions& actions);

// The running tour (explain.tour): the step's title and text, "Step n of N", the step's annotation,
// Previous / Next / End; the Left and Right arrow keys step too when ImGui does not want the keyboard.
void drawTourPanel(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
