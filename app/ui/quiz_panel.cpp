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
    if (ImGui::Button("Start quiz")) actions.push_back({Action::Type::StartQuiz});
}

void drawFeedback(const UiContext& context, const QuizQuestion& question, Actions& actions) {
    const QuizProgress& progress = context.explain.quiz;
    if (progress.lastPick.empty()) {
        ImGui::TextDisabled("Click a structure in the 3D view to answer.");
        return;
    }
    const Structure* picked = context.atlas.find(progress.lastPick);
    const char* name = picked ? picked->spec.name.c_str() : progress.lastPick.c_str();
    // Words and a mark as well as colour, so the answer reads without colour vision.
    if (progress.lastCorrect) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui_colors::kRight);
        ImGui::TextWrapped("Right: that is the %s.", name);
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, ui_colors::kWrong);
        ImGui::TextWrapped("Not quite: you picked the %s. Try again.", name);
    }
    ImGui::PopStyleColor();
    if (!progress.lastCorrect)
        if (const Annotation* hint = context.content.annotations.find(question.hint)) {
            if (ImGui::Button("Hint")) actions.push_back({Action::Type::OpenAnnotation, hint->id});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Read about the %s", hint->title.c_str());
        }
}

void drawQuestion(const UiContext& context, Actions& actions) {
    const QuizProgress& progress = context.explain.quiz;
    const auto& questions = context.content.quiz.questions;
    ImGui::Text("Question %zu of %zu", progress.question + 1, questions.size());
    ImGui::SameLine();
    ImGui::TextDisabled("score %d/%d", progress.correct, progress.answered);
    if (progress.question >= questions.size()) {
        ImGui::TextWrapped("Done: %d of %d right.", progress.correct, progress.answered);
    } else {
        const QuizQuestion& question = questions[progress.question];
        ImGui::SetWindowFontScale(1.25f);
        ImGui::TextWrapped("%s", question.prompt.c_str());
        ImGui::SetWindowFontScale(1.0f);
        drawFeedback(context, question, actions);
    }
    if (progress.question + 1 < questions.size()) {
        if (ImGui::Button(progress.lastCorrect ? "Next question" : "Skip")) actions.push_back({Action::Type::NextQuestion});
        ImGui::SameLine();
    }
    if (ImGui::Button("End quiz")) actions.push_back({Action::Type::EndQuiz});
}

}  // namespace

void drawQuizPanel(const UiContext& context, UiState& ui, Actions& actions) {
    placeNextWindow(PanelSlot::Information, ui);
    bool open = true;
    if (!ImGui::Begin("Quiz", &open)) {
        ImGui::End();
        return;
    }
    if (context.explain.quiz.active) drawQuestion(context, actions);
    else drawStart(context, actions);
    ImGui::End();
    if (!open) {
        ui.showQuiz = false;
        if (context.explain.quiz.active) actions.push_back({Action::Type::EndQuiz});
    }
}

}  // namespace av
