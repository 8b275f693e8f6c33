#include "core/scene/explain_actions.h"

#include "core/annotations/quiz.h"
#include "core/motion/animations.h"
#include "core/scene/apply_action.h"

#include <algorithm>

namespace av {
namespace {

std::vector<std::size_t> indicesOf(const Atlas& atlas, const std::vector<std::string>& ids) {
    std::vector<std::size_t> indices;
    for (const auto& id : ids)
        if (auto index = atlas.indexOf(id)) {
            indices.push_back(*index);
            for (std::size_t drawn : atlas.drawnIndices(*index))
                if (drawn != *index) indices.push_back(drawn);
        }
    return indices;
}

void setHighlights(const Atlas& atlas, Explained& scene, std::vector<std::string> ids) {
    scene.state.highlighted = indicesOf(atlas, ids);
    scene.explain.highlighted = std::move(ids);
}

const Mimic* findMimic(const Content& content, const std::string& id) {
    for (const auto& mimic : content.mimics)
        if (mimic.id == id) return &mimic;
    return nullptr;
}

const Tour* findTour(const Content& content, const std::string& id) {
    for (const auto& tour : content.tours)
        if (tour.id == id) return &tour;
    return nullptr;
}

void applyVisibility(const TourStep& step, const Atlas& atlas, SceneState& state) {
    applyToState({Action::Type::ShowAll}, atlas, state);
    if (step.visible) {
        std::fill(state.visible.begin(), state.visible.end(), false);
        for (const auto& id : *step.visible) applyToState({Action::Type::SetVisible, id, {}, true}, atlas, state);
    }
    for (const auto& id : step.hidden) applyToState({Action::Type::SetVisible, id, {}, false}, atlas, state);
}

void applyMotion(const TourStep& step, MotionState& motion) {
    const bool showStrain = motion.showStrain;
    motion = MotionState{};
    motion.showStrain = showStrain;
    if (step.animation) {
        const Animation* animation = findAnimation(step.animation->id).animation;
        motion.animation = step.animation->id;
        motion.time = animation ? step.animation->time * animation->durationSeconds() : 0.0;
        motion.playing = step.animation->play;
        motion.showStrain = true;
    } else if (step.pose) {
        motion.pose = *step.pose;
    }
}

// A step sets the whole scene, so any step can be opened directly (and a headless --step renders it).
CameraRequest applyTourStep(const TourStep& step, const Atlas& atlas, Explained& scene) {
    applyVisibility(step, atlas, scene.state);
    setHighlights(atlas, scene, step.highlighted);
    applyMotion(step, scene.motion);
    scene.state.selected.reset();
    scene.explain.labels = step.labels;
    scene.explain.xray = scene.state.xray = step.xray;
    scene.explain.mimic = step.regions.empty() ? "" : step.regions.front();
    scene.explain.needle = step.needle;
    scene.explain.probe = step.probe;
    scene.explain.annotation = step.annotation;
    return {step.camera.view, step.camera.focus, step.camera.zoom};
}

std::optional<CameraRequest> goToStep(const Content& content, const Atlas& atlas, Explained& scene, std::size_t step) {
    const Tour* tour = findTour(content, scene.explain.tour);
    if (!tour || tour->steps.empty()) return std::nullopt;
    scene.explain.tourStep = std::clamp<std::size_t>(step, 1, tour->steps.size());
    return applyTourStep(tour->steps[scene.explain.tourStep - 1], atlas, scene);
}

// The question being asked, while it still waits for its one answer; nullptr otherwise.
const QuizQuestion* unanswered(const Content& content, const QuizProgress& quiz) {
    if (!quiz.active || quiz.hasAnswer() || quiz.question >= content.quiz.questions.size()) return nullptr;
    return &content.quiz.questions[quiz.question];
}

void score(QuizProgress& quiz, bool correct) {
    quiz.lastCorrect = correct;
    ++quiz.answered;
    quiz.correct += correct;
}

void answerWithStructure(const Content& content, const std::string& picked, QuizProgress& quiz) {
    const QuizQuestion* question = unanswered(content, quiz);
    if (!question || question->kind != QuestionKind::Structure || picked.empty()) return;
    quiz.lastPick = picked;
    score(quiz, isCorrect(*question, picked));
}

void answerWithChoice(const Content& content, float value, QuizProgress& quiz) {
    const QuizQuestion* question = unanswered(content, quiz);
    // Written so that NaN is refused too.
    if (!question || question->kind != QuestionKind::Choice || !(value >= 0 && value < float(question->choices.size())))
        return;
    quiz.lastChoice = int(value);
    score(quiz, isCorrectChoice(*question, std::size_t(quiz.lastChoice)));
}

// The question after the current one among those for the run's audience, going round to the first.
std::size_t followingQuestion(const Content& content, const QuizProgress& quiz) {
    const auto order = questionsFor(content.quiz, quiz.audience);
    if (order.empty()) return quiz.question;
    const auto next = std::upper_bound(order.begin(), order.end(), quiz.question);
    return next == order.end() ? order.front() : *next;
}

}  // namespace

std::optional<CameraRequest> applyToExplain(const Action& action, const Atlas& atlas, const Content& content,
                                            Explained scene) {
    ExplainState& explain = scene.explain;
    switch (action.type) {
    case Action::Type::Select:
        // In a quiz, clicking a structure answers a structure question (only while it is unanswered).
        answerWithStructure(content, action.id, explain.quiz);
        break;
    case Action::Type::AnswerChoice:
        answerWithChoice(content, action.value, explain.quiz);
        break;
    case Action::Type::OpenAnnotation:
        explain.annotation = action.id;
        if (const Annotation* annotation = content.annotations.find(action.id))
            setHighlights(atlas, scene, annotation->structures);
        else
            setHighlights(atlas, scene, {});
        break;
    case Action::Type::SetAudience:
        explain.audience = action.flag ? Audience::Clinical : Audience::Patient;
        break;
    case Action::Type::StartTour:
        explain.tour = action.id;
        return goToStep(content, atlas, scene, std::max<std::size_t>(1, std::size_t(action.value)));
    case Action::Type::SetTourStep:
        return goToStep(content, atlas, scene, std::size_t(std::max(1.0f, action.value)));
    case Action::Type::EndTour:
        explain.tour.clear();
        explain.tourStep = 0;
        explain.needle.reset();
        explain.probe.reset();
        explain.mimic.clear();
        setHighlights(atlas, scene, {});
        break;
    case Action::Type::ShowMimic:
        explain.mimic = action.id;
        if (const Mimic* mimic = findMimic(content, action.id)) setHighlights(atlas, scene, mimic->structures);
        else setHighlights(atlas, scene, {});
        break;
    case Action::Type::SetLabels:
        explain.labels = action.flag;
        break;
    case Action::Type::SetXray:
        explain.xray = scene.state.xray = action.flag;
        break;
    case Action::Type::SetLargeText:
        explain.largeText = action.flag;
        break;
    case Action::Type::StartQuiz:
        explain.quiz = QuizProgress{};
        explain.quiz.audience = explain.audience;
        if (const auto order = questionsFor(content.quiz, explain.audience); !order.empty()) {
            explain.quiz.active = true;
            explain.quiz.question = order.front();
        }
        break;
    case Action::Type::NextQuestion:
        explain.quiz.question = followingQuestion(content, explain.quiz);
        explain.quiz.lastPick.clear();
        explain.quiz.lastChoice = -1;
        break;
    case Action::Type::EndQuiz:
        explain.quiz.active = false;
        break;
    default:
        break;
    }
    return std::nullopt;
}

}  // namespace av
