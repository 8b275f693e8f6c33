#include "ui/annotation_panel.h"
#include "ui/handout_dialog.h"
#include "ui/info_panel.h"
#include "ui/export_dialog.h"
#include "ui/keyboard_help.h"
#include "ui/labels_overlay.h"
#include "ui/main_menu.h"
#include "ui/mimics_panel.h"
#include "ui/motion_panel.h"
#include "ui/motion_plots_panel.h"
#include "ui/pain_legend.h"
#include "ui/presenter_caption.h"
#include "ui/panel_layout.h"
#include "ui/problems_panel.h"
#include "ui/quiz_panel.h"
#include "ui/rehab_panel.h"
#include "ui/seeing_inside_panel.h"
#include "ui/status_bar.h"
#include "ui/structure_tree_panel.h"
#include "ui/text_scale.h"
#include "ui/tour_panel.h"
#include "ui/ultrasound_panel.h"

#include <imgui.h>

namespace av {

namespace {

bool opened(const UiState& ui, PanelId panel) {
    for (const PanelPlace& place : ui.layout.panels)
        if (place.id == panel) return true;
    return false;
}

}  // namespace

Actions drawUi(const UiContext& context, UiState& ui) {
    const ScopedTextScale textScale(context.state.largeText);
    updateLayout(context, ui);
    Actions actions;
    if (context.state.labels) drawLabels(context.labels);
    drawPainLegend(context);
    drawMainMenu(context, ui, actions);
    if (ui.panels.presenter) {
        drawPresenterCaption(context, ui, actions);
        drawKeyboardHelp(ui);
        drawExportDialog(ui);
        drawHandoutDialog(context, ui);  // the menu bar stays, and so does File > Handout
        return actions;
    }
    if (opened(ui, PanelId::Structures)) drawStructureTreePanel(context, ui, actions);
    if (opened(ui, PanelId::SeeingInside)) drawSeeingInsidePanel(context, ui, actions);
    if (opened(ui, PanelId::Information)) {
        // A running tour or quiz takes the information panel's place: the tour's steps choose what is selected,
        // and the quiz names the pick itself.
        const bool touring = !context.state.tour.empty(), quizzing = context.state.quiz.active || ui.panels.quiz;
        if (touring) drawTourPanel(context, ui, actions);
        else if (quizzing) drawQuizPanel(context, ui, actions);
        else if (ui.panels.tours) drawTourListPanel(context, ui, actions);
        else drawInfoPanel(context, ui, actions);
    }
    if (opened(ui, PanelId::Reading)) {
        if (ui.panels.mimics) drawMimicsPanel(context, ui, actions);
        if (ui.panels.rehab) drawRehabPanel(context, ui, actions);
        // The open text comes after the mimics and the programme so that opening one from them brings it to the front.
        if (!context.state.annotation.empty()) drawAnnotationPanel(context, ui, actions);
    }
    if (opened(ui, PanelId::Motion)) drawMotionPanel(context, ui, actions);
    if (opened(ui, PanelId::MotionPlots)) drawMotionPlotsPanel(context, ui);
    if (ui.showProblems) drawProblemsPanel(context, ui);
    // While a probe is placed (a click, a preset, a tour step): the image beside the 3D view.
    if (opened(ui, PanelId::Ultrasound)) drawUltrasoundPanel(context, ui, actions);
    drawStatusBar(context, ui);
    drawKeyboardHelp(ui);
    drawExportDialog(ui);
    drawHandoutDialog(context, ui);
    return actions;
}

void drawOverlayOnly(const UiContext& context) {
    const ScopedTextScale textScale(context.state.largeText);
    if (context.state.labels) drawLabels(context.labels);
    drawPainLegend(context);
}

}  // namespace av
