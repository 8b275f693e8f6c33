#pragma once
#include "ui/ui_context.h"

namespace av {

// The guided tours to choose from: title, audience, number of steps, summary, Start.
void drawTourListPanel(const UiContext& context, UiState& ui, Actions& actions);

// The running tour (explain.tour): the step's title and text, "Step n of N", the step's annotation,
// Previous / Next / End (the platform steps with the Left and Right arrow keys).
void drawTourPanel(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
