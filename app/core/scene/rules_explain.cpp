// Rules for the explanations: open texts and their wording, tours, the pain maps of the mimics, the quiz.
// A tour step sets the whole scene, so any step can be opened directly (and a headless --step renders it).
#include "core/annotations/quiz.h"
#include "core/motion/animations.h"
#include "core/scene/model_parts.h"
#include "core/views.h"

#include <algorithm>

namespace av {
namespace {

Effects changed() {
    Effects effects;
    effects.changed = true;
    return effects;
}

const Tour* findTour(const Content& content, const std::string& id) {
    for (const auto& tour : content.tours)
        if (tour.id == id) return &tour;
    return nullptr;
}

void applyVisibility(const TourStep& step, Parts& parts) {
    ViewerState& state = parts.state;
    std::fill(state.visible.begin(), state.visible.end(), !step.visible);
    if (step.visible)
        for (const auto& id : *step.visible) rule(parts, act::SetVisible{id, true});
    for (const auto& id : step.hidden) rule(parts, act::SetVisible{id, false});
}

MotionState stepMotion(const TourStep& step, bool showStrain) {
    MotionState motion;
    motion.showStrain = showStrain;
    if (step.animation) {
        const Animation* animation = findAnimation(step.animation->id).animation;
        motion.animation = step.animation->id;
        motion.time = animation ? step.animation->time * animation->durationSeconds() : 0.0;
        motion.playing = step.animation->play;
        // As its file says: a motion with an end (sit_down ends seated) plays once and holds the end.
        motion.loop = !animation || animation->looping();
        motion.showStrain = true;
    } else if (step.pose) {
        motion.pose = *step.pose;
    }
    return motion;
}

// The step's scanner settings over the defaults (or its probe preset's), and the probe's type.
Effects applyScanner(const TourStep& step, Parts& parts) {
    if (!step.ultrasound) return {};
    const TourUltrasound& wanted = *step.ultrasound;
    Effects effects;
    if (wanted.type) effects += rule(parts, act::SetProbeType{*wanted.type});
    UltrasoundSettings settings = parts.state.ultrasound;
    settings.depthCm = wanted.depthCm.value_or(settings.depthCm);
    settings.frequencyMhz = wanted.frequencyMhz.value_or(settings.frequencyMhz);
    settings.gainDb = wanted.gainDb.value_or(settings.gainDb);
    effects += rule(parts, act::SetUltrasound{settings});
    return effects;
}

// The step's pathologies, scanner, probe and needle (presets or points), seated on the skin of the pose the
// step has just set; a step that names none of them shows healthy anatomy and no instruments.
Effects applyInstruments(const TourStep& step, Parts& parts) {
    Effects effects = rule(parts, act::ClearProbe{});
    effects += rule(parts, act::ClearNeedle{});
    effects += rule(parts, act::SetPathology{step.pathology});
    effects += rule(parts, act::SetUltrasound{UltrasoundSettings{}});
    if (!step.probePreset.empty()) {
        effects += rule(parts, act::UseProbePreset{step.probePreset});
    } else if (step.probe) {
        const auto& c = step.probe->centre;
        const auto& axis = step.probe->axis;
        effects += rule(parts, act::PlaceProbe{{c[0], c[1], c[2]}, Eigen::Vector3d(axis[0], axis[1], axis[2])});
    }
    effects += applyScanner(step, parts);
    if (!step.needlePreset.empty()) {
        effects += rule(parts, act::UseNeedlePreset{step.needlePreset});
    } else if (step.needle) {
        const auto& e = step.needle->entry;
        const auto& t = step.needle->tip;
        effects += rule(parts, act::PlaceNeedle{{e[0], e[1], e[2]}, {t[0], t[1], t[2]}});
    }
    return effects;
}

Effects applyStep(const TourStep& step, Parts& parts) {
    ViewerState& state = parts.state;
    applyVisibility(step, parts);
    state.highlighted = step.highlighted;
    state.selected.reset();
    state.labels = step.labels;
    state.xray = step.xray;
    state.annotation = step.annotation;
    state.mimics = step.regions;
    if (findViewPreset(step.camera.view)) state.view = step.camera.view;
    Effects effects = parts.repaint();
    effects += parts.setMotion(stepMotion(step, state.motion.showStrain));
    effects += applyInstruments(step, parts);
    effects.camera = CameraRequest{CameraRequest::Kind::Frame, step.camera.view, step.camera.focus, step.camera.zoom};
    return effects;
}

Effects goToStep(Parts& parts, std::size_t step) {
    const Tour* tour = findTour(parts.content, parts.state.tour);
    if (!tour || tour->steps.empty()) return {};
    parts.state.tourStep = std::clamp<std::size_t>(step, 1, tour->steps.size());
    return applyStep(tour->steps[parts.state.tourStep - 1], parts);
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

// The question after the current one among those for the run's audience, going round to the first.
std::size_t followingQuestion(const Content& content, const QuizProgress& quiz) {
    const auto order = questionsFor(content.quiz, quiz.audience);
    if (order.empty()) return quiz.question;
    const auto next = std::upper_bound(order.begin(), order.end(), quiz.question);
    return next == order.end() ? order.front() : *next;
}

}  // namespace

bool answerQuiz(Parts& parts, const std::string& picked) {
    QuizProgress& quiz = parts.state.quiz;
    const QuizQuestion* question = unanswered(parts.content, quiz);
    if (!question || question->kind != QuestionKind::Structure || picked.empty()) return false;
    quiz.lastPick = picked;
    score(quiz, isCorrect(*question, picked));
    return true;
}

Effects rule(Parts& parts, const act::OpenAnnotation& a) {
    parts.state.annotation = a.id;
    const Annotation* annotation = parts.content.annotations.find(a.id);
    parts.state.highlighted = annotation ? annotation->structures : std::vector<std::string>{};
    return changed();
}

Effects rule(Parts& parts, const act::SetAudience& a) {
    parts.state.audience = a.audience;
    return changed();
}

Effects rule(Parts& parts, const act::StartTour& a) {
    const Tour* tour = findTour(parts.content, a.id);
    if (!tour) return {};
    // The texts speak as the tour does (a clinician's tour in clinical words) until it ends.
    if (parts.state.tour.empty()) parts.state.audienceBeforeTour = parts.state.audience;
    parts.state.audience = tour->audience;
    parts.state.tour = a.id;
    return goToStep(parts, std::max<std::size_t>(1, a.step));
}

Effects rule(Parts& parts, const act::SetTourStep& a) {
    if (parts.state.tour.empty()) return {};
    return goToStep(parts, std::max<std::size_t>(1, a.step));
}

Effects rule(Parts& parts, const act::EndTour&) {
    ViewerState& state = parts.state;
    if (!state.tour.empty()) state.audience = state.audienceBeforeTour;
    state.tour.clear();
    state.tourStep = 0;
    state.highlighted.clear();
    state.mimics.clear();
    Effects effects = parts.repaint();
    effects += rule(parts, act::ClearProbe{});
    effects += rule(parts, act::ClearNeedle{});
    effects += rule(parts, act::SetPathology{});
    return effects;
}

Effects rule(Parts& parts, const act::ShowMimics& a) {
    ViewerState& state = parts.state;
    state.mimics.clear();
    state.highlighted.clear();
    for (const auto& id : a.ids)
        for (const auto& mimic : parts.content.mimics)
            if (mimic.id == id) {
                state.mimics.push_back(id);
                for (const auto& structure : mimic.structures)
                    if (std::find(state.highlighted.begin(), state.highlighted.end(), structure) == state.highlighted.end())
                        state.highlighted.push_back(structure);
            }
    return parts.repaint();
}

Effects rule(Parts& parts, const act::StartQuiz&) {
    QuizProgress& quiz = parts.state.quiz;
    quiz = QuizProgress{};
    quiz.audience = parts.state.audience;
    if (const auto order = questionsFor(parts.content.quiz, quiz.audience); !order.empty()) {
        quiz.active = true;
        quiz.question = order.front();
    }
    return changed();
}

Effects rule(Parts& parts, const act::AnswerChoice& a) {
    QuizProgress& quiz = parts.state.quiz;
    const QuizQuestion* question = unanswered(parts.content, quiz);
    if (!question || question->kind != QuestionKind::Choice || a.option >= question->choices.size()) return {};
    quiz.lastChoice = int(a.option);
    score(quiz, isCorrectChoice(*question, a.option));
    return changed();
}

Effects rule(Parts& parts, const act::NextQuestion&) {
    QuizProgress& quiz = parts.state.quiz;
    quiz.question = followingQuestion(parts.content, quiz);
    quiz.lastPick.clear();
    quiz.lastChoice = -1;
    return changed();
}

Effects rule(Parts& parts, const act::EndQuiz&) {
    parts.state.quiz.active = false;
    return changed();
}

}  // namespace av
