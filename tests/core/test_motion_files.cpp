// Motion files: a good one loads; each kind of mistake is reported with its file and line, and left out.
#include "annotations_test_support.h"
#include "core/motion/motion_file.h"
#include "temp_folder.h"

#include <doctest/doctest.h>

namespace {

std::string motion(const std::string& id, const std::string& keyframes, const std::string& extra = "") {
    return R"({"format": "anatomy-viewer-motion", "version": 1, "id": ")" + id +
           R"(", "name": "A test motion", "duration_s": 2.0, "looping": false)" + extra + R"(,
  "keyframes": [)" + keyframes + "]}";
}

const std::string kGood = R"({"at": 0, "hip_flexion_deg": 0, "knee_flexion_deg": 0, "activation": 0},
    {"at": 1, "hip_flexion_deg": 90, "knee_flexion_deg": 45, "activation": 0.5, "sitting": 1})";

}  // namespace

TEST_CASE("motion files: a well-formed motion loads with its keyframes") {
    av::Diagnostics diagnostics;
    const auto parsed = av::parseMotion(motion("lift", kGood, R"(, "order": 3)"), "lift.json", diagnostics);
    REQUIRE(parsed);
    CHECK(diagnostics.errors.empty());
    CHECK(parsed->id() == "lift");
    CHECK(parsed->order() == 3);
    CHECK(parsed->durationSeconds() == 2.0);
    CHECK(parsed->sample(2.0).pose.hip_flexion_deg == doctest::Approx(90));
    CHECK(parsed->sample(2.0).sitting == doctest::Approx(1));
}

TEST_CASE("motion files: mistakes name the file and line, and the motion is left out") {
    struct Case {
        std::string text, expected;
    };
    const std::vector<Case> cases = {
        {motion("m", R"({"at": 0, "hip_flexion_deg": 0, "knee_flexion_deg": 0, "activation": 0})"), "at least two"},
        {motion("m", R"({"at": 0, "hip_flexion_deg": 0, "knee_flexion_deg": 0, "activation": 0},
    {"at": 0, "hip_flexion_deg": 0, "knee_flexion_deg": 0, "activation": 0})"), "increasing"},
        {motion("m", R"({"at": 0, "hip_flexion_deg": 400, "knee_flexion_deg": 0, "activation": 0},
    {"at": 1, "hip_flexion_deg": 0, "knee_flexion_deg": 0, "activation": 0})"), "hip_flexion_deg"},
        {motion("m", R"({"at": 0, "hip_flexion_deg": 0, "knee_flexion_deg": 0, "activation": 2},
    {"at": 1, "hip_flexion_deg": 0, "knee_flexion_deg": 0, "activation": 0})"), "activation"},
        {motion("m", R"({"at": 0.2, "hip_flexion_deg": 0, "knee_flexion_deg": 0, "activation": 0},
    {"at": 1, "hip_flexion_deg": 0, "knee_flexion_deg": 0, "activation": 0})"), "from \"at\": 0"},
        {motion("m", R"({"at": 0, "knee_flexion_deg": 0, "activation": 0},
    {"at": 1, "hip_flexion_deg": 0, "knee_flexion_deg": 0, "activation": 0})"), "missing"},
        {R"({"format": "anatomy-viewer-tour", "version": 1})", "anatomy-viewer-motion"},
        {"{ not json", "m.json:1"},
    };
    for (const auto& c : cases) {
        av::Diagnostics diagnostics;
        CAPTURE(c.text);
        CHECK_FALSE(av::parseMotion(c.text, "m.json", diagnostics));
        CHECK(av::test::reported(diagnostics, "m.json"));
        CHECK_MESSAGE(av::test::reported(diagnostics, c.expected), av::test::describe(diagnostics));
    }
}

TEST_CASE("motion files: a folder loads in menu order; an id that is not its file name is refused") {
    av::test::TempFolder folder;
    folder.write("b.json", motion("b", kGood, R"(, "order": 1)"));
    folder.write("a.json", motion("a", kGood, R"(, "order": 2)"));
    folder.write("c.json", motion("not_c", kGood));
    av::Diagnostics diagnostics;
    const auto motions = av::loadMotions(folder.path(), diagnostics);
    REQUIRE(motions.size() == 2);
    CHECK(motions[0].id() == "b");
    CHECK(motions[1].id() == "a");
    CHECK(av::test::reported(diagnostics, "c.json"));
    CHECK(av::test::reported(diagnostics, "must match its file name"));
}
