#include "ui/quiz_panel.h"

#include "ui/panel_layout.h"
#include "ui/ui_colors.h"

#include <imgui.h>

namespace av {
namespace {

void drawStart(const UiContext& context, Actions& actions) {
    const Quiz& quiz = context.content.quiz;
    if (quiz.questions.empty()) {
        ImGui::TextDisabled("No quiz questions were loaded.");
        return;
    }
    ImGui::TextWrapped("%s: %zu questions. Each asks you to click a structure in the 3D view.",
                       quiz.title.empty() ? "Quiz" : quiz.title.c_str(), quiz.questions.size());
    if (ImGui::Button("Start quiz")) actions.push_back(act::StartQuiz{});
}

void drawFeedback(const UiContext& context) {
    const QuizProgress& progress = context.state.quiz;
    if (progress.lastPick.empty()) {
        ImGui::TextDisabled("Click a structure in the 3D view to answer.");
        return;
    }
    const Structure* picked = context.atlas.find(progress.lastPick);
    const char* name = picked ? picked->spec.name.c_str() : progress.lastPick.c_str();
    // Words as well as colour, so the answer reads without colour vision.
    ImGui::PushStyleColor(ImGuiCol_Text, progress.lastCorrect ? ui_colors::kRight : ui_colors::kWrong);
    if (progress.lastCorrect) ImGui::TextWrapped("Right: that is the %s.", name);
    else ImGui::TextWrapped("Not quite: that is the %s.", name);
    ImGui::PopStyleColor();
}

// Hint (after a wrong pick, where the question has one), Next or Skip, End: one row.
void drawButtons(const UiContext& context, Actions& actions) {
    const QuizProgress& progress = context.state.quiz;
    const auto& questions = context.content.quiz.questions;
    const bool wrong = !progress.lastPick.empty() && !progress.lastCorrect;
    if (wrong)
        if (const Annotation* hint = context.content.annotations.find(questions[progress.question].hint)) {
            if (ImGui::Button("Hint")) actions.push_back(act::OpenAnnotation{hint->id});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Read about the %s", hint->title.c_str());
            ImGui::SameLine();
        }
    // One answer a question; the questions go round, so there is always a next one.
    if (ImGui::Button(progress.lastPick.empty() ? "Skip" : "Next question")) actions.push_back(act::NextQuestion{});
    ImGui::SameLine();
    if (ImGui::Button("End quiz")) actions.push_back(act::EndQuiz{});
}

void drawQuestion(const UiContext& context, Actions& actions) {
    const QuizProgress& progress = context.state.quiz;
    const auto& questions = context.content.quiz.questions;
    if (progress.question >= questions.size()) return;
    ImGui::Text("Question %zu of %zu", progress.question + 1, questions.size());
    ImGui::SameLine();
    ImGui::TextDisabled("score %d/%d", progress.correct, progress.answered);
    ImGui::SetWindowFontScale(1.25f);
    ImGui::TextWrapped("%s", questions[progress.question].prompt.c_str());
    ImGui::SetWindowFontScale(1.0f);
    drawFeedback(context);
    ImGui::Spacing();
    drawButtons(context, actions);
}

}  // namespace

void drawQuizPanel(const UiContext& context, UiState& ui, Actions& actions) {
    placeNextWindow(PanelSlot::Information, ui);
    bool open = true;
    if (!ImGui::Begin("Quiz", &open)) {
        ImGui::End();
        return;
    }
    if (context.state.quiz.active) drawQuestion(context, actions);
    else drawStart(context, actions);
    ImGui::End();
    if (!open) {
        ui.showQuiz = false;
        if (context.state.quiz.active) actions.push_back(act::EndQuiz{});
    }
}

}  // namespace av
