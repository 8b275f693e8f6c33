#pragma once
#include "ui/ui_context.h"

namespace av {

// The loading programme stage by stage (core/rehab): each stage's name and goal in the wording in use, and each
// exercise with its peak tendon strain and hip flexion under load as two bars, and a button that plays it.
void drawRehabPanel(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
