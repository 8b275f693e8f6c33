// The quiz: structure and multiple-choice questions, for patients, clinicians or both; malformed or ambiguous
// questions are reported with their line and left out; the shipped quiz has both kinds for both audiences.
#include "annotations_test_support.h"
#include "core/annotations/content.h"
#include "core/annotations/quiz.h"

#include <doctest/doctest.h>

#include <regex>

using namespace av;
using namespace av::test;

namespace {

KnownIds known() { return {atlasStructureIds(), {"condition", "injection"}, {}}; }

std::string quizWith(const std::string& questions) {
    return "{\"format\": \"anatomy-viewer-quiz\", \"version\": 2, \"title\": \"T\", \"questions\": [\n" + questions +
           "\n]}";
}

const Content& shipped() {
    static Diagnostics diagnostics;
    static const Content content = loadContent(annotationsFolder(), atlasStructureIds(), diagnostics);
    return content;
}

}  // namespace

TEST_CASE("quiz: a choice question has one right option and an explanation") {
    Diagnostics diagnostics;
    const Quiz quiz = parseQuiz(
        quizWith("{\"kind\": \"choice\", \"audience\": \"patient\", \"prompt\": \"Why?\", \"explain\": \"Because.\",\n"
                 " \"hint\": \"condition\", \"choices\": [{\"text\": \"A\"}, {\"text\": \"B\", \"correct\": true}]},\n"
                 "{\"prompt\": \"Click the femur.\", \"answer\": \"femur\", \"accept\": [\"femur_left\"],"
                 " \"audience\": \"clinical\"}"),
        "q.json", known(), diagnostics);
    INFO(describe(diagnostics));
    CHECK(diagnostics.empty());
    REQUIRE(quiz.questions.size() == 2);
    const QuizQuestion& choice = quiz.questions[0];
    CHECK(choice.kind == QuestionKind::Choice);
    CHECK(choice.choices == std::vector<std::string>{"A", "B"});
    CHECK(isCorrectChoice(choice, 1));
    CHECK_FALSE(isCorrectChoice(choice, 0));
    CHECK_FALSE(isCorrect(choice, "femur"));  // a choice is not answered by a click
    CHECK(choice.explanation == "Because.");
    CHECK(choice.hint == "condition");
    CHECK(asks(choice, Audience::Patient));
    CHECK_FALSE(asks(choice, Audience::Clinical));
    const QuizQuestion& click = quiz.questions[1];
    CHECK(click.kind == QuestionKind::Structure);
    CHECK(isCorrect(click, "femur_left"));
    CHECK_FALSE(isCorrectChoice(click, 0));
    CHECK(questionsFor(quiz, Audience::Patient) == std::vector<std::size_t>{0});
    CHECK(questionsFor(quiz, Audience::Clinical) == std::vector<std::size_t>{1});
}

TEST_CASE("quiz: version 1 files still read, as click questions for everyone") {
    Diagnostics diagnostics;
    const Quiz quiz = parseQuiz("{\"format\": \"anatomy-viewer-quiz\", \"version\": 1, \"questions\": [\n"
                                "{\"prompt\": \"Click the tibia.\", \"answer\": \"tibia\"}]}",
                                "q.json", known(), diagnostics);
    CHECK(diagnostics.empty());
    REQUIRE(quiz.questions.size() == 1);
    CHECK(asks(quiz.questions[0], Audience::Patient));
    CHECK(asks(quiz.questions[0], Audience::Clinical));
}

TEST_CASE("quiz: ambiguous or malformed choice questions are reported with their line and left out") {
    Diagnostics diagnostics;
    const Quiz quiz = parseQuiz(
        quizWith("{\"kind\": \"choice\", \"prompt\": \"Two right\", \"choices\": [{\"text\": \"A\", \"correct\": true},"
                 " {\"text\": \"B\", \"correct\": true}]},\n"                                                          // 2
                 "{\"kind\": \"choice\", \"prompt\": \"None right\", \"choices\": [{\"text\": \"A\"}, {\"text\": \"B\"}]},\n"  // 3
                 "{\"kind\": \"choice\", \"prompt\": \"Same twice\", \"choices\": [{\"text\": \"A\", \"correct\": true},"
                 " {\"text\": \"A\"}]},\n"                                                                              // 4
                 "{\"kind\": \"choice\", \"prompt\": \"One option\", \"choices\": [{\"text\": \"A\", \"correct\": true}]},\n"  // 5
                 "{\"kind\": \"choice\", \"prompt\": \"With answer\", \"answer\": \"femur\","
                 " \"choices\": [{\"text\": \"A\", \"correct\": true}, {\"text\": \"B\"}]},\n"                         // 6
                 "{\"kind\": \"riddle\", \"prompt\": \"?\"},\n"                                                         // 7
                 "{\"prompt\": \"Who?\", \"answer\": \"femur\", \"audience\": \"everyone\"},\n"                         // 8
                 "{\"kind\": \"choice\", \"prompt\": \"Fine\", \"choices\": [{\"text\": \"A\"}, {\"text\": \"B\", \"correct\": true}]}"),  // 9
        "q.json", known(), diagnostics);
    INFO(describe(diagnostics));
    REQUIRE(quiz.questions.size() == 1);
    CHECK(quiz.questions[0].prompt == "Fine");
    CHECK(reported(diagnostics, "q.json:2: question 1: exactly one option must be \"correct\": true (found 2)"));
    CHECK(reported(diagnostics, "q.json:3: question 2: exactly one option must be \"correct\": true (found 0)"));
    CHECK(reported(diagnostics, "q.json:4: question 3: option \"A\" is listed twice"));
    CHECK(reported(diagnostics, "q.json:5: question 4: \"choices\" must list 2 to 5 options"));
    CHECK(reported(diagnostics, "q.json:6: question 5: a choice question marks its right option in \"choices\""));
    CHECK(reported(diagnostics, "q.json:7: question 6: \"kind\" must be \"structure\" or \"choice\""));
    CHECK(reported(diagnostics, "q.json:8: question 7: \"audience\" must be \"patient\" or \"clinical\""));
}

TEST_CASE("quiz: the shipped quiz asks recall and teach-back questions for both audiences") {
    const Quiz& quiz = shipped().quiz;
    int patientChoices = 0, clinicalChoices = 0, clinicalClicks = 0;
    std::set<std::size_t> rightPositions;
    for (const auto& question : quiz.questions) {
        if (question.kind == QuestionKind::Choice) {
            patientChoices += asks(question, Audience::Patient);
            clinicalChoices += asks(question, Audience::Clinical);
            rightPositions.insert(question.rightChoice);
            CHECK_MESSAGE(!question.explanation.empty(), question.prompt << ": a choice question explains its answer");
        } else {
            clinicalClicks += asks(question, Audience::Clinical);
        }
    }
    CHECK(patientChoices >= 6);
    CHECK(clinicalChoices >= 8);
    CHECK(clinicalClicks >= 10);
    CHECK(rightPositions.size() >= 3);  // the right option is not always in the same place
}

TEST_CASE("quiz: a click question accepts both sides unless it names one") {
    // Structures drawn on both sides: the right one has the plain id, the left one ends in _left.
    const IdSet& ids = atlasStructureIds();
    const std::regex namesSide("\\b(left|right)\\b", std::regex::icase);
    for (const auto& question : shipped().quiz.questions) {
        if (question.kind != QuestionKind::Structure || std::regex_search(question.prompt, namesSide)) continue;
        for (const auto& answer : question.answers) {
            const bool left = answer.size() > 5 && answer.compare(answer.size() - 5, 5, "_left") == 0;
            const std::string twin = left ? answer.substr(0, answer.size() - 5) : answer + "_left";
            if (!ids.count(twin)) continue;
            INFO(question.prompt << ": " << answer << " is accepted, so " << twin << " must be too");
            CHECK(isCorrect(question, twin));
        }
    }
}
