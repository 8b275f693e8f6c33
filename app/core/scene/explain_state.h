#pragma once
// What the explanations show: the open text and its wording, the tour and its step, the quiz, the mimic
// painted on the skin, and the seeing-inside switches (labels, x-ray, large text).
#include "core/annotations/document.h"
#include "core/annotations/tour.h"

#include <optional>

#include <string>
#include <vector>

namespace av {

struct QuizProgress {
    bool active = false;
    Audience audience = Audience::Patient;  // whose questions this run asks (the wording when it started)
    std::size_t question = 0;  // index into the quiz's questions
    int correct = 0, answered = 0;
    std::string lastPick;      // structure id of the answer to a structure question, "" before one
    int lastChoice = -1;       // option picked for a choice question, -1 before one
    bool lastCorrect = false;

    bool hasAnswer() const { return !lastPick.empty() || lastChoice >= 0; }
};

struct ExplainState {
    std::string annotation;              // id of the open text, "" for none
    Audience audience = Audience::Patient;
    std::string tour;                    // id of the running tour, "" for none
    std::size_t tourStep = 0;            // 1-based step of the running tour
    std::vector<std::string> highlighted;  // structures the tour step or the mimic highlights
    std::string mimic;                   // id of the condition painted on the skin, "" for none
    bool labels = false;                 // 3D labels with leader lines
    bool xray = false;                   // everything but the selection and highlights see-through
    bool largeText = false;              // consultation mode: everything larger
    QuizProgress quiz;
    std::optional<TourNeedle> needle;    // drawn while a tour step shows one
    std::optional<TourProbe> probe;
};

}  // namespace av
