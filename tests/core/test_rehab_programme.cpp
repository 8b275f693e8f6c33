// The loading programme file: a good one loads in stage order with each exercise's load; each kind of mistake is
// reported with its file and line and leaves out what it spoils; the shipped programme loads cleanly.
#include "annotations_test_support.h"
#include "core/annotations/content.h"
#include "core/rehab/rehab_programme.h"

#include <doctest/doctest.h>

using namespace av;

namespace {

// A motion that holds `hip` and `knee` with the hamstrings at `activation` throughout.
Animation holding(const std::string& id, double hip, double knee, double activation) {
    return Animation(id, "Motion " + id, 2.0, true, {{0, hip, knee, activation, 0}, {1, hip, knee, activation, 0}});
}

const std::vector<Animation>& motions() {
    static const std::vector<Animation> all = {holding("hold", 0, 45, 0.5), holding("curl", 10, 60, 0.7),
                                               holding("sprint", 70, 30, 1.0), holding("stretch", 80, 0, 0.0)};
    return all;
}

std::string stage(int number, const std::string& exercises) {
    return R"({"stage": )" + std::to_string(number) + R"(, "title": {"patient": "Stage words", "clinical": "Stage terms"},
      "goal": {"patient": "Plain goal.", "clinical": "Clinical goal."}, "exercises": [)" + exercises + "]}";
}

std::string programme(const std::string& stages) {
    return "{\"format\": \"anatomy-viewer-rehab\", \"version\": 1, \"about\": {\"patient\": \"p\", \"clinical\": \"c\"},\n"
           "  \"stages\": [\n    " + stages + "\n  ]\n}\n";
}

RehabProgramme parse(const std::string& text, Diagnostics& diagnostics) {
    return parseRehabProgramme(text, "rehab.json", motions(), diagnostics);
}

}  // namespace

TEST_CASE("rehab programme: stages load in programme order with names, goals and loads") {
    Diagnostics diagnostics;
    const auto parsed = parse(programme(stage(2, R"({"motion": "sprint"})") + ",\n    " +
                                        stage(1, R"({"motion": "hold", "name": "Hold", "how": "Push and hold."},
                                                    {"motion": "curl"})")),
                              diagnostics);
    CHECK_MESSAGE(diagnostics.empty(), test::describe(diagnostics));
    REQUIRE(parsed.stages.size() == 2);
    CHECK(parsed.stages[0].number == 1);
    CHECK(parsed.stages[1].number == 2);
    CHECK(parsed.about(Audience::Clinical) == "c");
    CHECK(parsed.stages[0].title(Audience::Patient) == "Stage words");
    CHECK(parsed.stages[0].goal(Audience::Clinical) == "Clinical goal.");
    REQUIRE(parsed.stages[0].exercises.size() == 2);
    const RehabExercise& hold = parsed.stages[0].exercises[0];
    CHECK(hold.motion == "hold");
    CHECK(hold.name == "Hold");
    CHECK(hold.how == "Push and hold.");
    CHECK(hold.load.loaded);
    CHECK(hold.load.peak_hip_flexion_deg == doctest::Approx(0));
    CHECK(parsed.stages[0].exercises[1].name == "Motion curl");  // the motion's own name when none is given
    CHECK(parsed.stages[1].exercises[0].load.peak_tendon_strain > hold.load.peak_tendon_strain);
}

TEST_CASE("rehab programme: mistakes name the file and line and leave out what they spoil") {
    struct Case {
        std::string text, expected;
        std::size_t stagesLeft;
    };
    const std::string good = stage(1, R"({"motion": "hold"})");
    const std::vector<Case> cases = {
        {programme(good + ",\n    " + stage(2, R"({"motion": "sprnt"}, {"motion": "curl"})")), "did you mean", 2},
        {programme(good + ",\n    " + stage(1, R"({"motion": "curl"})")), "stage 1 is given twice", 1},
        {programme(good + ",\n    " + stage(2, R"({"motion": "hold"})")), "already an exercise", 1},
        {programme(good + ",\n    " + stage(2, R"({"motion": "stretch"})")), "never works the hamstrings", 1},
        {programme(good + ",\n    " + R"({"stage": 2, "title": {"patient": "a", "clinical": "b"},
          "goal": {"patient": "Only one wording."}, "exercises": [{"motion": "curl"}]})"),
         "\"clinical\"", 1},
        {programme(good + ",\n    " + R"({"stage": 1.5, "title": {"patient": "a", "clinical": "b"}})"), "whole number", 1},
        {programme(good + ",\n    " + stage(2, "")), "non-empty", 1},
        {programme(""), "\"stages\" must be a non-empty list", 0},
        {R"({"format": "anatomy-viewer-tour", "version": 1, "stages": []})", "anatomy-viewer-rehab", 0},
        {R"({"format": "anatomy-viewer-rehab", "version": 1, "about": {"patient": "p"}, "stages": []})", "\"clinical\"", 0},
        {R"({"format": "anatomy-viewer-rehab", "version": 2, "stages": []})", "newer", 0},
        {"{ not json", "rehab.json:1", 0},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        Diagnostics diagnostics;
        const auto parsed = parse(c.text, diagnostics);
        CHECK(parsed.stages.size() == c.stagesLeft);
        CHECK_MESSAGE(test::reported(diagnostics, c.expected), test::describe(diagnostics));
        // Every message names the file and a line.
        for (const auto& message : diagnostics.errors) CHECK(message.rfind("rehab.json:", 0) == 0);
    }
    // The line is that of the mistake, not of the file's start: the second stage starts on line 5.
    Diagnostics diagnostics;
    parse(programme(good + ",\n    " + stage(1, R"({"motion": "curl"})")), diagnostics);
    CHECK_MESSAGE(test::reported(diagnostics, "rehab.json:5:"), test::describe(diagnostics));
}

TEST_CASE("rehab programme: the shipped programme loads cleanly, four stages from isometrics to sport") {
    Diagnostics diagnostics;
    const Content content = loadContent(test::annotationsFolder(), test::atlasStructureIds(), diagnostics);
    CHECK_MESSAGE(diagnostics.empty(), test::describe(diagnostics));
    const RehabProgramme& programme = content.rehab;
    REQUIRE(programme.stages.size() == 4);
    CHECK_FALSE(programme.about(Audience::Patient).empty());
    for (std::size_t i = 0; i < programme.stages.size(); ++i) {
        const RehabStage& stage = programme.stages[i];
        CHECK(stage.number == int(i) + 1);
        CHECK(stage.exercises.size() >= 2);
        for (const Audience audience : kAudiences) {
            CHECK_FALSE(stage.title(audience).empty());
            CHECK_FALSE(stage.goal(audience).empty());
        }
        for (const RehabExercise& exercise : stage.exercises) {
            CHECK(findAnimation(exercise.motion).animation);
            CHECK_FALSE(exercise.how.empty());
        }
    }
    CHECK(programme.stages.front().title(Audience::Clinical).find("Isometric") != std::string::npos);
    CHECK(programme.stages.back().title(Audience::Clinical).find("running") != std::string::npos);
}
