#include "ui/info_panel.h"
#include "ui/main_menu.h"
#include "ui/motion_panel.h"
#include "ui/motion_plots_panel.h"
#include "ui/problems_panel.h"
#include "ui/status_bar.h"
#include "ui/structure_tree_panel.h"

#include <imgui.h>

namespace av {

Actions drawUi(const UiContext& context, UiState& ui) {
    Actions actions;
    drawMainMenu(context, ui, actions);
    if (ui.showStructures) drawStructureTreePanel(context, ui, actions);
    if (ui.showInfo) drawInfoPanel(context, ui, actions);
    if (ui.showProblems) drawProblemsPanel(context, ui);
    if (ui.showMotion) {
        drawMotionPanel(context, ui, actions);
        drawMotionPlotsPanel(context, ui);
    }
    drawStatusBar(context, ui);
    return actions;
}

}  // namespace av
