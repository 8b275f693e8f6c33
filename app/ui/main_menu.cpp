#include "ui/main_menu.h"

#include "core/views.h"
#include "ui/annotation_panel.h"

#include <imgui.h>

#include <cctype>

namespace av {
namespace {

void drawViewMenu(const UiContext& context, UiState& ui, Actions& actions) {
    if (!ImGui::BeginMenu("View")) return;
    int key = 1;
    for (const auto& preset : viewPresets()) {
        const std::string shortcut = std::to_string(key++);
        std::string label = preset.name;
        label[0] = char(std::toupper(label[0]));
        if (ImGui::MenuItem(label.c_str(), shortcut.c_str(), context.state.view == preset.name))
            actions.push_back(act::SetView{preset.name});
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Reset view", "R")) actions.push_back(act::ResetView{});
    ImGui::Separator();
    const ViewerState& explain = context.state;
    if (ImGui::MenuItem("Labels", "L", explain.labels)) actions.push_back(act::SetLabels{!explain.labels});
    if (ImGui::MenuItem("X-ray", "X", explain.xray)) actions.push_back(act::SetXray{!explain.xray});
    if (ImGui::MenuItem("Large text", nullptr, explain.largeText))
        actions.push_back(act::SetLargeText{!explain.largeText});
    ImGui::MenuItem("Low detail meshes", nullptr, &ui.lowDetailRequested);
    ImGui::EndMenu();
}

void drawExplainMenu(const UiContext& context, UiState& ui, Actions& actions) {
    if (!ImGui::BeginMenu("Explain")) return;
    const ViewerState& explain = context.state;
    if (ImGui::BeginMenu("Read about", !context.content.annotations.annotations.empty())) {
        for (const Annotation* topic : topicAnnotations(context))
            if (ImGui::MenuItem(topic->title.c_str(), nullptr, explain.annotation == topic->id))
                actions.push_back(act::OpenAnnotation{topic->id});
        ImGui::EndMenu();
    }
    ImGui::MenuItem("Guided tours...", nullptr, &ui.panels.tours, !context.content.tours.empty());
    if (!explain.tour.empty() && ImGui::MenuItem("End the tour")) actions.push_back(act::EndTour{});
    ImGui::MenuItem("What else it could be...", nullptr, &ui.panels.mimics, !context.content.mimics.empty());
    ImGui::MenuItem("Quiz...", nullptr, &ui.panels.quiz, !context.content.quiz.questions.empty());
    ImGui::Separator();
    if (ImGui::MenuItem("Patient wording", nullptr, explain.audience == Audience::Patient))
        actions.push_back(act::SetAudience{Audience::Patient});
    if (ImGui::MenuItem("Clinical wording", nullptr, explain.audience == Audience::Clinical))
        actions.push_back(act::SetAudience{Audience::Clinical});
    ImGui::EndMenu();
}

void drawPanelsMenu(const UiContext& context, UiState& ui) {
    if (!ImGui::BeginMenu("Panels")) return;
    PanelChoices& panels = ui.panels;
    const bool touring = !context.state.tour.empty();
    bool structures = panels.structures && (!touring || panels.inTourToo);
    if (ImGui::MenuItem("Structures", nullptr, &structures)) {
        panels.structures = structures;
        if (touring) panels.inTourToo = structures;
    }
    ImGui::MenuItem("Seeing inside", nullptr, &panels.seeingInside);
    ImGui::MenuItem("Information", nullptr, &panels.information);
    ImGui::MenuItem("Motion and plots", nullptr, &panels.motion);
    ImGui::MenuItem("Load problems", nullptr, &ui.showProblems);
    ImGui::Separator();
    ImGui::MenuItem("Presenter mode", "F11", &panels.presenter);
    ImGui::EndMenu();
}

}  // namespace

void drawMainMenu(const UiContext& context, UiState& ui, Actions& actions) {
    if (!ImGui::BeginMainMenuBar()) return;
    drawViewMenu(context, ui, actions);
    drawExplainMenu(context, ui, actions);
    drawPanelsMenu(context, ui);
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Keyboard...")) ui.openKeyboardHelp = true;
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

}  // namespace av
