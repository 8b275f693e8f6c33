#include "core/annotations/content.h"
#include "core/atlas/manifest.h"
#include "core/scene/apply_action.h"
#include "core/scene/explain_actions.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

namespace {

// The shipped atlas' structures (without their meshes: these tests need ids, not geometry) and the
// shipped explanations.
struct Shipped {
    av::Atlas atlas;
    av::Content content;
    av::SceneState state;
    av::MotionState motion;
    av::ExplainState explain;

    Shipped() {
        av::Diagnostics diagnostics;
        const auto manifest = av::readManifest(std::filesystem::path(AV_SOURCE_DIR) / "meshes" / "atlas.json", diagnostics);
        std::vector<av::Structure> structures;
        av::IdSet ids;
        for (const auto& spec : manifest.structures) {
            structures.push_back({spec, {}, {}, {}});
            ids.insert(spec.id);
        }
        atlas = av::Atlas(manifest.name, std::move(structures));
        content = av::loadContent(av::defaultAnnotationsFolder(), ids, diagnostics);
        state = av::SceneState::forAtlas(atlas);
    }
    std::optional<av::CameraRequest> apply(const av::Action& action) {
        av::applyToState(action, atlas, state);
        return av::applyToExplain(action, atlas, content, {state, motion, explain});
    }
    bool highlighted(const std::string& id) const {
        const auto index = atlas.indexOf(id);
        return index && std::count(state.highlighted.begin(), state.highlighted.end(), *index);
    }
};

}  // namespace

TEST_CASE("explain: opening a text highlights the structures it is about") {
    Shipped s;
    s.apply({av::Action::Type::OpenAnnotation, "semimembranosus"});
    CHECK(s.explain.annotation == "semimembranosus");
    CHECK(s.highlighted("semimembranosus"));
    s.apply({av::Action::Type::OpenAnnotation, ""});
    CHECK(s.state.highlighted.empty());
}

TEST_CASE("explain: every tour step sets the scene and asks for a camera") {
    Shipped s;
    REQUIRE(s.content.tours.size() >= 3);
    for (const auto& tour : s.content.tours) {
        for (std::size_t step = 1; step <= tour.steps.size(); ++step) {
            const auto camera = s.apply({av::Action::Type::StartTour, tour.id, {}, false, float(step)});
            REQUIRE(camera);
            CHECK(s.explain.tour == tour.id);
            CHECK(s.explain.tourStep == step);
            const auto& expected = tour.steps[step - 1];
            CHECK(s.explain.labels == expected.labels);
            CHECK(s.state.xray == expected.xray);
            CHECK(s.explain.needle.has_value() == expected.needle.has_value());
            for (const auto& id : expected.highlighted) CHECK(s.highlighted(id));
            for (const auto& id : expected.hidden) CHECK_FALSE(s.state.visible[*s.atlas.indexOf(id)]);
            if (expected.animation) CHECK(s.motion.animation == expected.animation->id);
        }
    }
    // Past the end stays on the last step; ending clears the tour's marks.
    const auto& last = s.content.tours.front();
    s.apply({av::Action::Type::StartTour, last.id, {}, false, 999.0f});
    CHECK(s.explain.tourStep == last.steps.size());
    s.apply({av::Action::Type::EndTour});
    CHECK(s.explain.tour.empty());
    CHECK_FALSE(s.explain.needle);
    CHECK(s.state.highlighted.empty());
}

TEST_CASE("explain: the quiz scores a click in the view") {
    Shipped s;
    REQUIRE(!s.content.quiz.questions.empty());
    s.apply({av::Action::Type::StartQuiz});
    CHECK(s.explain.quiz.active);
    const std::string answer = s.content.quiz.questions[0].answers.front();
    s.apply({av::Action::Type::Select, answer});
    CHECK(s.explain.quiz.lastCorrect);
    CHECK(s.explain.quiz.correct == 1);
    s.apply({av::Action::Type::Select, "tibia"});  // a second click does not answer again
    CHECK(s.explain.quiz.answered == 1);
    s.apply({av::Action::Type::NextQuestion});
    s.apply({av::Action::Type::Select, answer == "tibia" ? "femur" : "tibia"});
    CHECK_FALSE(s.explain.quiz.lastCorrect);
    CHECK(s.explain.quiz.answered == 2);
    CHECK(s.explain.quiz.correct == 1);
}

TEST_CASE("explain: a quiz asks the questions of its wording; a choice is answered by its option, not a click") {
    Shipped s;
    for (const bool clinical : {false, true}) {
        const auto audience = clinical ? av::Audience::Clinical : av::Audience::Patient;
        s.apply({av::Action::Type::SetAudience, {}, {}, clinical});
        s.apply({av::Action::Type::StartQuiz});
        REQUIRE(s.explain.quiz.active);
        const auto order = av::questionsFor(s.content.quiz, audience);
        REQUIRE(order.size() >= 5);
        // The run goes round its own questions only, whatever the wording is switched to meanwhile.
        s.apply({av::Action::Type::SetAudience, {}, {}, !clinical});
        for (std::size_t i = 0; i < order.size(); ++i) {
            CHECK(s.explain.quiz.question == order[i]);
            s.apply({av::Action::Type::NextQuestion});
        }
        CHECK(s.explain.quiz.question == order.front());
        // Go to a choice question of this run.
        const auto choice = std::find_if(order.begin(), order.end(), [&](std::size_t index) {
            return s.content.quiz.questions[index].kind == av::QuestionKind::Choice;
        });
        REQUIRE(choice != order.end());
        while (s.explain.quiz.question != *choice) s.apply({av::Action::Type::NextQuestion});
        const auto& question = s.content.quiz.questions[*choice];
        const float right = float(question.rightChoice), wrong = question.rightChoice == 0 ? 1.0f : 0.0f;
        s.apply({av::Action::Type::Select, "tibia"});  // a click does not answer a choice question
        CHECK_FALSE(s.explain.quiz.hasAnswer());
        for (const float none : {float(question.choices.size()), -1.0f, std::nanf("")}) {  // no such option
            s.apply({av::Action::Type::AnswerChoice, {}, {}, false, none});
            CHECK_FALSE(s.explain.quiz.hasAnswer());
        }
        const int answered = s.explain.quiz.answered;
        s.apply({av::Action::Type::AnswerChoice, {}, {}, false, wrong});
        CHECK(s.explain.quiz.lastChoice == int(wrong));
        CHECK_FALSE(s.explain.quiz.lastCorrect);
        s.apply({av::Action::Type::AnswerChoice, {}, {}, false, right});  // one answer a question
        CHECK(s.explain.quiz.answered == answered + 1);
        CHECK_FALSE(s.explain.quiz.lastCorrect);
        s.apply({av::Action::Type::NextQuestion});
        CHECK_FALSE(s.explain.quiz.hasAnswer());
        while (s.explain.quiz.question != *choice) s.apply({av::Action::Type::NextQuestion});
        s.apply({av::Action::Type::AnswerChoice, {}, {}, false, right});
        CHECK(s.explain.quiz.lastCorrect);
        s.apply({av::Action::Type::EndQuiz});
    }
}

TEST_CASE("explain: layers, x-ray and mimics") {
    Shipped s;
    s.apply({av::Action::Type::SetLayer, {}, "muscle", false});
    for (std::size_t i = 0; i < s.atlas.structures().size(); ++i)
        if (s.atlas.structures()[i].spec.kind == av::StructureKind::Muscle) CHECK_FALSE(s.state.visible[i]);
    CHECK(s.state.visible[*s.atlas.indexOf("femur")]);
    s.apply({av::Action::Type::SetXray, {}, {}, true});
    CHECK(s.state.xray);
    REQUIRE(!s.content.mimics.empty());
    const auto& mimic = s.content.mimics.front();
    s.apply({av::Action::Type::ShowMimic, mimic.id});
    CHECK(s.explain.mimic == mimic.id);
    for (const auto& id : mimic.structures) CHECK(s.highlighted(id));
}
