#pragma once
#include "ui/ui_context.h"

namespace av {

// "Click the ..." questions: Start, the prompt, the score, whether the last pick in the 3D view was right
// (the platform judges picks while the quiz runs), a hint, Next, End. It sits in the information
// panel's place, out of the view the answers are clicked in.
void drawQuizPanel(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
