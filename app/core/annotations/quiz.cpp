#include "core/annotations/quiz.h"

#include "core/annotations/text_file.h"

#include <algorithm>

namespace av {
namespace {

QuizQuestion parseQuestion(const JsonSource& source, const std::string& pointer, const KnownIds& known,
                           Diagnostics& diagnostics) {
    const JsonFields fields(source, pointer);
    QuizQuestion question;
    question.line = source.lineOf(pointer);
    question.prompt = fields.requiredString("prompt");
    // The answer must be known: a question nobody can answer right is worse than none.
    const std::string answer = fields.requiredString("answer");
    if (!known.structures.count(answer))
        throw FieldError(fields.pointerOf("answer"), "answer structure '" + answer + "' is unknown");
    question.answers.push_back(answer);
    for (auto& also : fields.knownIdList("accept", known.structures, "accepted structure", diagnostics))
        question.answers.push_back(std::move(also));
    question.hint = fields.knownId("hint", known.annotations, "hint annotation", diagnostics);
    return question;
}

}  // namespace

bool isCorrect(const QuizQuestion& question, std::string_view pickedStructure) {
    return std::find(question.answers.begin(), question.answers.end(), pickedStructure) != question.answers.end();
}

Quiz parseQuiz(const std::string& text, const std::string& file, const KnownIds& known, Diagnostics& diagnostics) {
    Quiz quiz;
    const auto source = parseJsonSource(text, file, diagnostics);
    if (!source || !checkJsonHeader(*source, kQuizFormat, kQuizVersion, diagnostics)) return quiz;
    const JsonFields fields(*source, "");
    const auto& title = fields.raw("title");
    quiz.title = title.is_string() ? title.get<std::string>() : "Quiz";
    const auto& questions = fields.raw("questions");
    if (!questions.is_array()) {
        diagnostics.error(source->at("/questions", "\"questions\" must be a list; file left out"));
        return quiz;
    }
    for (std::size_t i = 0; i < questions.size(); ++i) {
        try {
            quiz.questions.push_back(parseQuestion(*source, "/questions/" + std::to_string(i), known, diagnostics));
        } catch (const FieldError& error) {
            diagnostics.error(source->at(error.pointer, "question " + std::to_string(i + 1) + ": " + error.what() +
                                                            "; question left out"));
        }
    }
    return quiz;
}

Quiz loadQuiz(const std::filesystem::path& path, const KnownIds& known, Diagnostics& diagnostics) {
    const auto text = readTextFile(path, diagnostics);
    if (!text) return {};
    return parseQuiz(*text, path.string(), known, diagnostics);
}

}  // namespace av
