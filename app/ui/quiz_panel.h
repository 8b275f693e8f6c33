#pragma once
#include "ui/ui_context.h"

namespace av {

// "Click the ..." questions: Start, the prompt, the score, whether the last pick in the 3D view was right
// (the platform judges picks while the quiz runs), a hint, Next, End.
void drawQuizPanel(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
