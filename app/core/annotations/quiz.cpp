#include "core/annotations/quiz.h"

#include "core/annotations/text_file.h"

#include <algorithm>
#include <set>

namespace av {
namespace {

QuestionKind parseKind(const JsonFields& fields) {
    const std::string kind = fields.optionalString("kind");
    if (kind.empty() || kind == "structure") return QuestionKind::Structure;
    if (kind == "choice") return QuestionKind::Choice;
    throw FieldError(fields.pointerOf("kind"), "\"kind\" must be \"structure\" or \"choice\"");
}

void parseQuestionAudience(const JsonFields& fields, QuizQuestion& question) {
    const std::string audience = fields.optionalString("audience");
    if (audience.empty()) return;  // both
    const auto parsed = parseAudience(audience);
    if (!parsed) throw FieldError(fields.pointerOf("audience"), "\"audience\" must be \"patient\" or \"clinical\"");
    question.forPatients = *parsed == Audience::Patient;
    question.forClinicians = *parsed == Audience::Clinical;
}

void parseStructureAnswer(const JsonFields& fields, const KnownIds& known, Diagnostics& diagnostics,
                          QuizQuestion& question) {
    // The answer must be known: a question nobody can answer right is worse than none.
    const std::string answer = fields.requiredString("answer");
    if (!known.structures.count(answer))
        throw FieldError(fields.pointerOf("answer"), "answer structure '" + answer + "' is unknown");
    question.answers.push_back(answer);
    for (auto& also : fields.knownIdList("accept", known.structures, "accepted structure", diagnostics))
        question.answers.push_back(std::move(also));
}

// [{"text": ..., "correct": true}, {"text": ...}, ...]: exactly one right option, no two alike, so that the
// question has one unambiguous answer.
void parseChoices(const JsonSource& source, const JsonFields& fields, QuizQuestion& question) {
    if (fields.has("answer") || fields.has("accept"))
        throw FieldError(fields.pointer(), "a choice question marks its right option in \"choices\", not \"answer\"");
    const auto& choices = fields.raw("choices");
    if (!choices.is_array() || choices.size() < kMinChoices || choices.size() > kMaxChoices)
        throw FieldError(fields.pointerOf("choices"), "\"choices\" must list " + std::to_string(kMinChoices) + " to " +
                                                          std::to_string(kMaxChoices) + " options");
    std::size_t right = 0;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const JsonFields choice(source, fields.pointerOf("choices") + "/" + std::to_string(i));
        std::string text = choice.requiredString("text");
        if (!seen.insert(text).second) throw FieldError(choice.pointerOf("text"), "option \"" + text + "\" is listed twice");
        if (choice.optionalBool("correct", false)) {
            question.rightChoice = i;
            ++right;
        }
        question.choices.push_back(std::move(text));
    }
    if (right != 1)
        throw FieldError(fields.pointerOf("choices"), "exactly one option must be \"correct\": true (found " +
                                                          std::to_string(right) + ")");
}

QuizQuestion parseQuestion(const JsonSource& source, const std::string& pointer, const KnownIds& known,
                           Diagnostics& diagnostics) {
    const JsonFields fields(source, pointer);
    QuizQuestion question;
    question.line = source.lineOf(pointer);
    question.kind = parseKind(fields);
    question.prompt = fields.requiredString("prompt");
    parseQuestionAudience(fields, question);
    if (question.kind == QuestionKind::Structure) parseStructureAnswer(fields, known, diagnostics, question);
    else parseChoices(source, fields, question);
    question.explanation = fields.optionalString("explain");
    question.hint = fields.knownId("hint", known.annotations, "hint annotation", diagnostics);
    return question;
}

}  // namespace

bool isCorrect(const QuizQuestion& question, std::string_view pickedStructure) {
    return question.kind == QuestionKind::Structure &&
           std::find(question.answers.begin(), question.answers.end(), pickedStructure) != question.answers.end();
}

bool isCorrectChoice(const QuizQuestion& question, std::size_t choice) {
    return question.kind == QuestionKind::Choice && choice == question.rightChoice;
}

bool asks(const QuizQuestion& question, Audience audience) {
    return audience == Audience::Patient ? question.forPatients : question.forClinicians;
}

std::vector<std::size_t> questionsFor(const Quiz& quiz, Audience audience) {
    std::vector<std::size_t> indices;
    for (std::size_t i = 0; i < quiz.questions.size(); ++i)
        if (asks(quiz.questions[i], audience)) indices.push_back(i);
    return indices;
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
