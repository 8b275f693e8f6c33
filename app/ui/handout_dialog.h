#pragma once
#include "ui/ui_context.h"

namespace av {

// File > Handout...: what the handout will hold (the running tour, else the open text), a path field and Save.
// Saving asks the platform to write it (ui.handoutRequest); the dialog then shows ui.handoutMessage.
void drawHandoutDialog(const UiContext& context, UiState& ui);

}  // namespace av
