#pragma once
#include "ui/ui_context.h"

namespace av {

// The structures by kind, with visibility, opacity and a search box. Clicking a name selects it.
void drawStructureTreePanel(const UiContext& context, UiState& ui, Actions& actions);

}  // namespace av
