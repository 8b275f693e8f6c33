#pragma once
// "Click the ..." questions (annotations/quiz.json; format in docs/annotation-format.md): the answer is a
// structure the user picks in the 3-D view, and a wrong pick can open a hint text.
#include "core/annotations/json_fields.h"
#include "core/annotations/known_ids.h"

#include <filesystem>
#include <string>
#include <vector>

namespace av {

inline constexpr const char* kQuizFormat = "anatomy-viewer-quiz";
inline constexpr int kQuizVersion = 1;

struct QuizQuestion {
    std::string prompt;               // "Click the semimembranosus"
    std::vector<std::string> answers;  // the answer first, then others that also count (the other side, a part)
    std::string hint;                 // annotation id to offer after a wrong pick; may be empty
    int line = 0;
};

struct Quiz {
    std::string title;
    std::vector<QuizQuestion> questions;
};

bool isCorrect(const QuizQuestion& question, std::string_view pickedStructure);

// A question whose answer is unknown is reported and left out; other unknown ids are reported and dropped.
Quiz parseQuiz(const std::string& text, const std::string& file, const KnownIds& known, Diagnostics& diagnostics);
Quiz loadQuiz(const std::filesystem::path& path, const KnownIds& known, Diagnostics& diagnostics);

}  // namespace av
