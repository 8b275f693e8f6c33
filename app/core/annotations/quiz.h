#pragma once
// The quiz (annotations/quiz.json; format in docs/annotation-format.md). Two kinds of question: "click the
// structure" (the answer is picked in the 3-D view) and multiple choice with exactly one right option. Each
// question is asked of patients, of students and clinicians, or of both, so one file holds the recall quiz
// and the patients' teach-back quiz. After an answer the question can explain it, and a wrong one can open a
// hint text.
#include "core/annotations/document.h"
#include "core/annotations/json_fields.h"
#include "core/annotations/known_ids.h"

#include <filesystem>
#include <string>
#include <vector>

namespace av {

inline constexpr const char* kQuizFormat = "anatomy-viewer-quiz";
// Version 2 added multiple choice, audiences and explanations; version 1 files (click questions only) read
// unchanged.
inline constexpr int kQuizVersion = 2;
// Enough options to make guessing unrewarding, few enough to read at a glance.
inline constexpr std::size_t kMinChoices = 2, kMaxChoices = 5;

enum class QuestionKind { Structure, Choice };

struct QuizQuestion {
    QuestionKind kind = QuestionKind::Structure;
    std::string prompt;                // "Click the semimembranosus." / "Why does a hard chair hurt?"
    std::vector<std::string> answers;  // Structure: the answer first, then others that also count (the other side, a part)
    std::vector<std::string> choices;  // Choice: the options, in the order shown
    std::size_t rightChoice = 0;       // Choice: the index of the one right option
    std::string explanation;           // shown after an answer, right or wrong; may be empty
    bool forPatients = true, forClinicians = true;  // who it is asked of
    std::string hint;                  // annotation id to offer after a wrong answer; may be empty
    int line = 0;
};

struct Quiz {
    std::string title;
    std::vector<QuizQuestion> questions;
};

// A structure question: whether the picked structure is the answer or one that also counts.
bool isCorrect(const QuizQuestion& question, std::string_view pickedStructure);
// A choice question: whether option `choice` (0-based) is the right one.
bool isCorrectChoice(const QuizQuestion& question, std::size_t choice);

bool asks(const QuizQuestion& question, Audience audience);
// The indices of the questions asked of `audience`, in file order.
std::vector<std::size_t> questionsFor(const Quiz& quiz, Audience audience);

// A question whose answer is unknown, or a choice question without exactly one right option, is reported and
// left out; other unknown ids are reported and dropped.
Quiz parseQuiz(const std::string& text, const std::string& file, const KnownIds& known, Diagnostics& diagnostics);
Quiz loadQuiz(const std::filesystem::path& path, const KnownIds& known, Diagnostics& diagnostics);

}  // namespace av
