#pragma once
#include "ui/ui_context.h"

namespace av {

// The menu bar: the handout, views and what is seen (labels, x-ray, large text, detail), explanations (topics,
// tours, mimics, quiz, rehabilitation stages, wording), panels, keyboard help.
void drawMainMenu(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
