#include "ui/annotation_panel.h"
#include "ui/info_panel.h"
#include "ui/keyboard_help.h"
#include "ui/labels_overlay.h"
#include "ui/main_menu.h"
#include "ui/mimics_panel.h"
#include "ui/motion_panel.h"
#include "ui/motion_plots_panel.h"
#include "ui/pain_legend.h"
#include "ui/panel_layout.h"
#include "ui/problems_panel.h"
#include "ui/quiz_panel.h"
#include "ui/seeing_inside_panel.h"
#include "ui/status_bar.h"
#include "ui/structure_tree_panel.h"
#include "ui/text_scale.h"
#include "ui/tour_panel.h"
#include "ui/ultrasound_panel.h"

#include <imgui.h>

namespace av {

Actions drawUi(const UiContext& context, UiState& ui) {
    const ScopedTextScale textScale(context.state.largeText);
    updateLayout(ui, context.state.largeText);
    Actions actions;
    if (context.state.labels) drawLabels(context.labels);
    drawPainLegend(context);
    drawMainMenu(context, ui, actions);
    if (ui.showStructures) drawStructureTreePanel(context, ui, actions);
    if (ui.showSeeingInside) drawSeeingInsidePanel(context, ui, actions);
    // A running tour or quiz takes the information panel's place: the tour's steps choose what is selected,
    // and the quiz names the pick itself.
    const bool touring = !context.state.tour.empty(), quizzing = context.state.quiz.active || ui.showQuiz;
    if (touring) drawTourPanel(context, ui, actions);
    if (quizzing) drawQuizPanel(context, ui, actions);
    if (!touring && !quizzing && ui.showInfo) drawInfoPanel(context, ui, actions);
    if (ui.showTours) drawTourListPanel(context, ui, actions);
    if (ui.showMimics) drawMimicsPanel(context, ui, actions);
    // The open text comes after the mimics so that opening one from them brings it to the front.
    if (!context.state.annotation.empty()) drawAnnotationPanel(context, ui, actions);
    if (ui.showProblems) drawProblemsPanel(context, ui);
    if (ui.showMotion) {
        drawMotionPanel(context, ui, actions);
        drawMotionPlotsPanel(context, ui);
    }
    // The ultrasound panel opens when a probe appears (a click, a preset, a tour step).
    const bool probe = context.state.instruments.probe.has_value();
    if (probe && !ui.hadProbe) ui.showUltrasound = true;
    ui.hadProbe = probe;
    if (ui.showUltrasound) drawUltrasoundPanel(context, ui, actions);
    drawStatusBar(context, ui);
    drawKeyboardHelp(ui);
    placeOwnPlacedPanels(ui);
    return actions;
}

void drawOverlayOnly(const UiContext& context) {
    const ScopedTextScale textScale(context.state.largeText);
    if (context.state.labels) drawLabels(context.labels);
    drawPainLegend(context);
}

}  // namespace av
