#pragma once
#include "ui/ui_context.h"

namespace av {

// Every load problem (file and what is wrong), so a user sees why a structure is missing.
void drawProblemsPanel(const UiContext& context, UiState& ui);

}  // namespace av
