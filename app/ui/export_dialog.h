#pragma once
// File > Export scene: asks where to write the glTF file. The platform layer does the writing (it holds the
// posed frame) and puts its answer in ui.exportScene.message, which the dialog then shows.
#include "ui/ui_context.h"

namespace av {

void drawExportDialog(UiState& ui);

}  // namespace av
