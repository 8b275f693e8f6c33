#pragma once
#include "ui/ui_context.h"

namespace av {

// The quiz for the current wording: Start, the prompt, the score, then either "click the structure" (the pick
// in the 3D view answers) or one button per option of a choice question; after the answer, whether it was
// right, the question's explanation, a hint text after a wrong one, Next, End. It sits in the information
// panel's place, out of the view the answers are clicked in.
void drawQuizPanel(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
