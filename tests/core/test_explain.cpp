// The explanation actions through the one ViewerModel::apply the app uses: texts, tours, the quiz, mimics.
#include "core/scene/viewer_model.h"
#include "shipped_model.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

namespace {

struct Explaining {
    const av::test::Shipped& shipped;
    av::ViewerModel model{shipped.atlas, shipped.content};
    // Ids only, unless a test seats instruments on the skin (presets need the meshes).
    explicit Explaining(const av::test::Shipped& atlas = av::test::shippedIdsOnly()) : shipped(atlas) {}
    const av::ViewerState& state = model.state();

    bool highlighted(const std::string& id) const {
        const auto list = model.renderList();
        return list.structures[av::test::indexOf(shipped.atlas, id)].highlighted;
    }
};

}  // namespace

TEST_CASE("explain: opening a text highlights the structures it is about") {
    Explaining s;
    s.model.apply(av::act::OpenAnnotation{"semimembranosus"});
    CHECK(s.state.annotation == "semimembranosus");
    CHECK(s.highlighted("semimembranosus"));
    s.model.apply(av::act::OpenAnnotation{});
    CHECK(s.state.highlighted.empty());
    CHECK_FALSE(s.highlighted("semimembranosus"));
}

TEST_CASE("explain: every tour step sets the scene and asks for a camera") {
    Explaining s(av::test::shippedWithMeshes());  // the steps' probe and needle presets are seated on the skin
    const auto& tours = s.shipped.content.tours;
    REQUIRE(tours.size() >= 3);
    for (const auto& tour : tours) {
        for (std::size_t step = 1; step <= tour.steps.size(); ++step) {
            CAPTURE(tour.id);
            CAPTURE(step);
            const av::Effects effects = s.model.apply(av::act::StartTour{tour.id, step});
            REQUIRE(effects.camera);
            CHECK(effects.camera->kind == av::CameraRequest::Kind::Frame);
            CHECK(s.state.tour == tour.id);
            CHECK(s.state.tourStep == step);
            const auto& expected = tour.steps[step - 1];
            CHECK(s.state.labels == expected.labels);
            CHECK(s.state.xray == expected.xray);
            const bool needle = expected.needle || !expected.needlePreset.empty();
            CHECK(s.state.instruments.needle.has_value() == needle);
            // A needle preset brings its probe preset along.
            CHECK(s.state.instruments.probe.has_value() == (expected.probe || !expected.probePreset.empty() || needle));
            CHECK(s.state.pathology == expected.pathology);
            CHECK(s.state.mimics == expected.regions);  // every region the step lists, not only the first
            for (const auto& id : expected.highlighted) CHECK(s.highlighted(id));
            for (const auto& id : expected.hidden) CHECK_FALSE(s.state.visible[av::test::indexOf(s.shipped.atlas, id)]);
            if (expected.animation) CHECK(s.state.motion.animation == expected.animation->id);
        }
    }
    // Past the end stays on the last step; ending clears the tour's marks.
    const auto& last = tours.front();
    s.model.apply(av::act::StartTour{last.id, 999});
    CHECK(s.state.tourStep == last.steps.size());
    s.model.apply(av::act::EndTour{});
    CHECK(s.state.tour.empty());
    CHECK_FALSE(s.state.instruments.needle);
    CHECK(s.state.highlighted.empty());
    CHECK(s.state.mimics.empty());
    // A tour that does not exist changes nothing.
    CHECK_FALSE(s.model.apply(av::act::StartTour{"no_such_tour", 1}).changed);
    CHECK(s.state.tour.empty());
}

TEST_CASE("explain: the quiz scores a click in the view") {
    Explaining s;
    const auto& questions = s.shipped.content.quiz.questions;
    REQUIRE(!questions.empty());
    s.model.apply(av::act::StartQuiz{});
    CHECK(s.state.quiz.active);
    // Go to the run's first click question.
    for (std::size_t guard = 0; questions[s.state.quiz.question].kind != av::QuestionKind::Structure && guard < questions.size(); ++guard)
        s.model.apply(av::act::NextQuestion{});
    REQUIRE(questions[s.state.quiz.question].kind == av::QuestionKind::Structure);
    const std::size_t first = s.state.quiz.question;
    const std::string answer = questions[first].answers.front();
    s.model.apply(av::act::Select{answer});
    CHECK(s.state.quiz.lastCorrect);
    CHECK(s.state.quiz.correct == 1);
    s.model.apply(av::act::Select{"tibia"});  // a second click does not answer again
    CHECK(s.state.quiz.answered == 1);
    do s.model.apply(av::act::NextQuestion{});
    while (questions[s.state.quiz.question].kind != av::QuestionKind::Structure);
    const std::string wrong = av::isCorrect(questions[s.state.quiz.question], "tibia") ? "femur" : "tibia";
    s.model.apply(av::act::Select{wrong});
    CHECK_FALSE(s.state.quiz.lastCorrect);
    CHECK(s.state.quiz.answered == 2);
    CHECK(s.state.quiz.correct == 1);
}

TEST_CASE("explain: a quiz asks the questions of its wording; a choice is answered by its option, not a click") {
    Explaining s;
    const auto& quiz = s.shipped.content.quiz;
    for (const bool clinical : {false, true}) {
        const auto audience = clinical ? av::Audience::Clinical : av::Audience::Patient;
        const auto other = clinical ? av::Audience::Patient : av::Audience::Clinical;
        s.model.apply(av::act::SetAudience{audience});
        s.model.apply(av::act::StartQuiz{});
        REQUIRE(s.state.quiz.active);
        const auto order = av::questionsFor(quiz, audience);
        REQUIRE(order.size() >= 5);
        // The run goes round its own questions only, whatever the wording is switched to meanwhile.
        s.model.apply(av::act::SetAudience{other});
        for (std::size_t i = 0; i < order.size(); ++i) {
            CHECK(s.state.quiz.question == order[i]);
            s.model.apply(av::act::NextQuestion{});
        }
        CHECK(s.state.quiz.question == order.front());
        // Go to a choice question of this run.
        const auto choice = std::find_if(order.begin(), order.end(), [&](std::size_t index) {
            return quiz.questions[index].kind == av::QuestionKind::Choice;
        });
        REQUIRE(choice != order.end());
        while (s.state.quiz.question != *choice) s.model.apply(av::act::NextQuestion{});
        const auto& question = quiz.questions[*choice];
        const std::size_t right = question.rightChoice, wrong = question.rightChoice == 0 ? 1 : 0;
        s.model.apply(av::act::Select{"tibia"});  // a click does not answer a choice question
        CHECK_FALSE(s.state.quiz.hasAnswer());
        CHECK_FALSE(s.model.apply(av::act::AnswerChoice{question.choices.size()}).changed);  // no such option
        CHECK_FALSE(s.state.quiz.hasAnswer());
        const int answered = s.state.quiz.answered;
        s.model.apply(av::act::AnswerChoice{wrong});
        CHECK(s.state.quiz.lastChoice == int(wrong));
        CHECK_FALSE(s.state.quiz.lastCorrect);
        s.model.apply(av::act::AnswerChoice{right});  // one answer a question
        CHECK(s.state.quiz.answered == answered + 1);
        CHECK_FALSE(s.state.quiz.lastCorrect);
        s.model.apply(av::act::NextQuestion{});
        CHECK_FALSE(s.state.quiz.hasAnswer());
        while (s.state.quiz.question != *choice) s.model.apply(av::act::NextQuestion{});
        s.model.apply(av::act::AnswerChoice{right});
        CHECK(s.state.quiz.lastCorrect);
        s.model.apply(av::act::EndQuiz{});
    }
}

TEST_CASE("explain: layers, x-ray and several mimics at once") {
    Explaining s;
    const av::Atlas& atlas = s.shipped.atlas;
    s.model.apply(av::act::SetLayer{av::StructureKind::Muscle, false});
    for (std::size_t i = 0; i < atlas.structures().size(); ++i)
        if (atlas.structures()[i].spec.kind == av::StructureKind::Muscle) CHECK_FALSE(s.state.visible[i]);
    CHECK(s.state.visible[av::test::indexOf(atlas, "femur")]);
    s.model.apply(av::act::SetXray{true});
    CHECK(s.state.xray);
    const auto& mimics = s.shipped.content.mimics;
    REQUIRE(mimics.size() >= 2);
    s.model.apply(av::act::ShowMimics{{mimics[0].id, mimics[1].id}});
    CHECK(s.state.mimics == std::vector<std::string>{mimics[0].id, mimics[1].id});
    for (const auto* mimic : {&mimics[0], &mimics[1]})
        for (const auto& id : mimic->structures) CHECK(s.highlighted(id));
    s.model.apply(av::act::ShowMimics{{"not_a_condition"}});
    CHECK(s.state.mimics.empty());
}
