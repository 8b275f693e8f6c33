#include "ui/quiz_panel.h"

#include "ui/panel_layout.h"
#include "ui/ui_colors.h"

#include <imgui.h>

#include <algorithm>

namespace av {
namespace {

const QuizQuestion& currentQuestion(const UiContext& context) {
    return context.content.quiz.questions[context.state.quiz.question];
}

void drawStart(const UiContext& context, Actions& actions) {
    const Quiz& quiz = context.content.quiz;
    const Audience audience = context.state.audience;
    const std::size_t count = questionsFor(quiz, audience).size();
    if (count == 0) {
        ImGui::TextDisabled("No quiz questions were loaded for this wording.");
        return;
    }
    ImGui::TextWrapped("%s: %zu questions.", quiz.title.empty() ? "Quiz" : quiz.title.c_str(), count);
    // The wording chooses the questions: plain teach-back questions for a patient, recall for students.
    if (audience == Audience::Patient)
        ImGui::TextWrapped("Check what you have understood: pick an answer, or click the part in the 3D view.");
    else
        ImGui::TextWrapped("Recall questions on the key facts, and structures to find in the 3D view.");
    ImGui::TextDisabled("Switch the wording in the menu for the %s questions.",
                        audience == Audience::Patient ? "clinical" : "patient");
    if (ImGui::Button("Start quiz")) actions.push_back(act::StartQuiz{});
}

// Words as well as colour, so the answer reads without colour vision.
void drawVerdict(bool correct, const char* format, const char* name) {
    ImGui::PushStyleColor(ImGuiCol_Text, correct ? ui_colors::kRight : ui_colors::kWrong);
    ImGui::TextWrapped(format, correct ? "Right" : "Not quite", name);
    ImGui::PopStyleColor();
}

void drawStructureFeedback(const UiContext& context) {
    const QuizProgress& progress = context.state.quiz;
    if (progress.lastPick.empty()) {
        ImGui::TextDisabled("Click a structure in the 3D view to answer.");
        return;
    }
    const Structure* picked = context.atlas.find(progress.lastPick);
    drawVerdict(progress.lastCorrect, "%s: that is the %s.", picked ? picked->spec.name.c_str() : progress.lastPick.c_str());
}

// One button per option, in the file's order. Once answered, the options stay visible, marked in words: the
// one picked and the right one.
void drawChoices(const UiContext& context, Actions& actions) {
    const QuizProgress& progress = context.state.quiz;
    const QuizQuestion& question = currentQuestion(context);
    const float width = ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < question.choices.size(); ++i) {
        ImGui::PushID(int(i));
        const std::string& text = question.choices[i];
        if (!progress.hasAnswer()) {
            // Wrapped text inside a full-width button: a long option stays readable in a narrow panel.
            const float wrap = width - 2 * ImGui::GetStyle().FramePadding.x;
            const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
            const ImVec2 start = ImGui::GetCursorScreenPos();
            if (ImGui::Button("##choice", ImVec2(width, size.y + 2 * ImGui::GetStyle().FramePadding.y)))
                actions.push_back(act::AnswerChoice{i});
            ImGui::GetWindowDrawList()->AddText(
                ImGui::GetFont(), ImGui::GetFontSize(),
                ImVec2(start.x + ImGui::GetStyle().FramePadding.x, start.y + ImGui::GetStyle().FramePadding.y),
                ImGui::GetColorU32(ImGuiCol_Text), text.c_str(), nullptr, wrap);
        } else {
            const bool right = i == question.rightChoice, picked = int(i) == progress.lastChoice;
            if (right) ImGui::PushStyleColor(ImGuiCol_Text, ui_colors::kRight);
            else if (picked) ImGui::PushStyleColor(ImGuiCol_Text, ui_colors::kWrong);
            ImGui::TextWrapped("%s%s%s", right ? "[right answer] " : "", picked ? "[your answer] " : "", text.c_str());
            if (right || picked) ImGui::PopStyleColor();
        }
        ImGui::PopID();
    }
    if (progress.hasAnswer()) drawVerdict(progress.lastCorrect, "%s.", "");
}

// Hint (after a wrong answer, where the question has one), Next or Skip, End: one row.
void drawButtons(const UiContext& context, Actions& actions) {
    const QuizProgress& progress = context.state.quiz;
    const bool wrong = progress.hasAnswer() && !progress.lastCorrect;
    if (wrong)
        if (const Annotation* hint = context.content.annotations.find(currentQuestion(context).hint)) {
            if (ImGui::Button("Hint")) actions.push_back(act::OpenAnnotation{hint->id});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Read about the %s", hint->title.c_str());
            ImGui::SameLine();
        }
    // One answer a question; the questions go round, so there is always a next one.
    if (ImGui::Button(progress.hasAnswer() ? "Next question" : "Skip")) actions.push_back(act::NextQuestion{});
    ImGui::SameLine();
    if (ImGui::Button("End quiz")) actions.push_back(act::EndQuiz{});
}

void drawQuestion(const UiContext& context, Actions& actions) {
    const QuizProgress& progress = context.state.quiz;
    if (progress.question >= context.content.quiz.questions.size()) return;
    const auto order = questionsFor(context.content.quiz, progress.audience);
    const auto position = std::find(order.begin(), order.end(), progress.question) - order.begin();
    ImGui::Text("Question %zu of %zu", std::size_t(position) + 1, order.size());
    ImGui::SameLine();
    ImGui::TextDisabled("score %d/%d", progress.correct, progress.answered);
    const QuizQuestion& question = currentQuestion(context);
    ImGui::SetWindowFontScale(1.25f);
    ImGui::TextWrapped("%s", question.prompt.c_str());
    ImGui::SetWindowFontScale(1.0f);
    if (question.kind == QuestionKind::Choice) drawChoices(context, actions);
    else drawStructureFeedback(context);
    if (progress.hasAnswer() && !question.explanation.empty()) ImGui::TextWrapped("%s", question.explanation.c_str());
    ImGui::Spacing();
    drawButtons(context, actions);
}

}  // namespace

void drawQuizPanel(const UiContext& context, UiState& ui, Actions& actions) {
    placeNextWindow(PanelId::Information, ui);
    bool open = true;
    if (!ImGui::Begin("Quiz", &open, kDockedPanel)) {
        ImGui::End();
        return;
    }
    if (context.state.quiz.active) drawQuestion(context, actions);
    else drawStart(context, actions);
    ImGui::End();
    if (!open) {
        ui.panels.quiz = false;
        if (context.state.quiz.active) actions.push_back(act::EndQuiz{});
    }
}

}  // namespace av
