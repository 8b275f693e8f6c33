// Broken content is reported with file and line, and what can be used still loads.
#include "annotations_test_support.h"
#include "core/annotations/annotation_set.h"
#include "core/annotations/mimics.h"
#include "core/annotations/quiz.h"
#include "core/annotations/tour.h"

#include <doctest/doctest.h>

#include <fstream>

using namespace av;
using namespace av::test;

namespace {

KnownIds known() { return {atlasStructureIds(), {"condition", "injection"}, {"sciatica"}}; }

// A tour file around the given steps, with the header on lines 1-6 and the steps from line 7.
std::string tourWithSteps(const std::string& steps) {
    return "{\n"
           "  \"format\": \"anatomy-viewer-tour\",\n"
           "  \"version\": 1,\n"
           "  \"id\": \"test\",\n"
           "  \"title\": \"Test\",\n"
           "  \"audience\": \"patient\",\n"
           "  \"steps\": [\n" +
           steps + "\n  ]\n}\n";
}

const char* kGoodAnnotation =
    "---\n"
    "format: anatomy-viewer-annotation\n"
    "version: 1\n"
    "id: sample\n"
    "title: Sample\n"
    "structures: [femur]\n"
    "---\n"
    "Shared words about the [femur](structure:femur).\n";

// A scratch folder removed at the end of the test.
struct ScratchFolder {
    std::filesystem::path path;
    ScratchFolder() {
        path = std::filesystem::temp_directory_path() /
               ("av_annotations_test_" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        std::filesystem::create_directories(path);
    }
    ~ScratchFolder() { std::filesystem::remove_all(path); }
    void write(const std::string& name, const std::string& content) const {
        std::ofstream(path / name) << content;
    }
};

}  // namespace

TEST_CASE("annotations: a bad header is reported with file and line, and the file is left out") {
    Diagnostics diagnostics;
    const auto annotation = parseAnnotation("---\nformat: anatomy-viewer-annotation\nversion: 1\nid: Bad Id\n"
                                            "title: T\nstructures: []\n---\nText\n",
                                            "bad.md", diagnostics);
    CHECK(!annotation);
    INFO(describe(diagnostics));
    CHECK(reported(diagnostics, "bad.md:4: id 'Bad Id'"));

    Diagnostics missing;
    CHECK(!parseAnnotation("Just text, no header\n", "plain.md", missing));
    CHECK(reported(missing, "plain.md:1:"));

    Diagnostics newer;
    CHECK(!parseAnnotation("---\nformat: anatomy-viewer-annotation\nversion: 7\nid: x\ntitle: T\nstructures: []\n---\n",
                           "newer.md", newer));
    CHECK(reported(newer, "newer.md:3: version 7 is newer"));

    Diagnostics unclosed;
    CHECK(!parseAnnotation("---\nformat: anatomy-viewer-annotation\nversion: 1\nid: x\n", "open.md", unclosed));
    CHECK(reported(unclosed, "open.md:1: the header is not closed"));
}

TEST_CASE("annotations: audience section mistakes are reported with their line") {
    const std::string header =
        "---\nformat: anatomy-viewer-annotation\nversion: 1\nid: x\ntitle: T\nstructures: []\n---\n";
    Diagnostics unknown;
    CHECK(!parseAnnotation(header + "::: doctors\ntext\n:::\n", "a.md", unknown));
    CHECK(reported(unknown, "a.md:8: unknown audience 'doctors'"));

    Diagnostics unclosed;
    CHECK(!parseAnnotation(header + "intro\n\n::: patient\ntext\n", "b.md", unclosed));
    CHECK(reported(unclosed, "b.md:10: audience section is not closed"));

    Diagnostics stray;
    CHECK(!parseAnnotation(header + "text\n:::\n", "c.md", stray));
    CHECK(reported(stray, "c.md:9: ':::' closes"));
}

TEST_CASE("annotations: a link to an unknown structure or annotation is reported with its line") {
    ScratchFolder folder;
    folder.write("sample.md", std::string(kGoodAnnotation) +
                                  "\nSee the [kidney](structure:kidney)\nand [nothing](annotation:nowhere).\n");
    folder.write("other.md", "---\nformat: anatomy-viewer-annotation\nversion: 1\nid: other\ntitle: Other\n"
                             "structures: [femur, spleen]\n---\nBack to [sample](annotation:sample).\n");
    Diagnostics diagnostics;
    const AnnotationSet set = loadAnnotations(folder.path, atlasStructureIds(), diagnostics);
    INFO(describe(diagnostics));
    const std::string sample = (folder.path / "sample.md").string();
    const std::string other = (folder.path / "other.md").string();
    CHECK(reported(diagnostics, sample + ":10: link to unknown structure 'kidney'"));
    CHECK(reported(diagnostics, sample + ":11: link to unknown annotation 'nowhere'"));
    CHECK(reported(diagnostics, other + ":6: header names unknown structure 'spleen'"));
    CHECK(diagnostics.errors.size() == 3);  // shared text is checked once, not once per audience
    // Both still load; the broken links became plain text and the unknown id left the list.
    REQUIRE(set.annotations.size() == 2);
    CHECK(set.find("other")->structures == std::vector<std::string>{"femur"});
    for (const auto& block : set.find("sample")->text(Audience::Patient).blocks)
        for (const auto& span : block.spans) CHECK(span.target != "kidney");
}

TEST_CASE("annotations: a file whose id differs from its name is left out, the rest loads") {
    ScratchFolder folder;
    folder.write("sample.md", kGoodAnnotation);
    folder.write("renamed.md", kGoodAnnotation);
    Diagnostics diagnostics;
    const AnnotationSet set = loadAnnotations(folder.path, atlasStructureIds(), diagnostics);
    CHECK(set.annotations.size() == 1);
    CHECK(reported(diagnostics, (folder.path / "renamed.md").string() + ":1: id 'sample' differs"));
}

TEST_CASE("annotations: a tour step naming a missing structure is reported with its line") {
    const std::string text = tourWithSteps(
        "    {\n"                                                  // line 8
        "      \"title\": \"One\",\n"                              // 9
        "      \"camera\": {\"view\": \"posterior\", \"focus\": \"liver\"},\n"  // 10
        "      \"highlight\": [\"femur\",\n"                       // 11
        "                    \"kidney\"],\n"                       // 12
        "      \"text\": \"See the [femur](structure:femur) and [lung](structure:lung).\"\n"  // 13
        "    }");
    Diagnostics diagnostics;
    const auto tour = parseTour(text, "t.json", known(), diagnostics);
    INFO(describe(diagnostics));
    REQUIRE(tour);
    REQUIRE(tour->steps.size() == 1);
    CHECK(reported(diagnostics, "t.json:10: focus structure 'liver' is unknown"));
    CHECK(reported(diagnostics, "t.json:12: structure 'kidney' is unknown"));
    CHECK(reported(diagnostics, "t.json:13: link to unknown structure 'lung'"));
    CHECK(tour->steps[0].highlighted == std::vector<std::string>{"femur"});
    CHECK(tour->steps[0].camera.focus.empty());
}

TEST_CASE("annotations: a malformed tour step is left out with its line, the other steps load") {
    const std::string text = tourWithSteps(
        "    {\"title\": \"Good\", \"text\": \"Fine.\"},\n"                                   // 8
        "    {\"title\": \"Bad\", \"text\": \"x\", \"animation\": {\"id\": \"moonwalk\"}},\n"  // 9
        "    {\"title\": \"Both\", \"text\": \"x\", \"pose\": {}, \"animation\": {\"id\": \"sit_down\"}}");  // 10
    Diagnostics diagnostics;
    const auto tour = parseTour(text, "t.json", known(), diagnostics);
    INFO(describe(diagnostics));
    REQUIRE(tour);
    CHECK(tour->steps.size() == 1);
    CHECK(reported(diagnostics, "t.json:9: step 2: unknown animation 'moonwalk'"));
    CHECK(reported(diagnostics, "t.json:10: step 3: a step sets either"));
}

TEST_CASE("annotations: malformed JSON is reported with file and line") {
    Diagnostics diagnostics;
    CHECK(!parseTour("{\n  \"format\": \"anatomy-viewer-tour\",\n  \"version\": 1,\n  \"id\": oops\n}\n", "broken.json",
                     known(), diagnostics));
    INFO(describe(diagnostics));
    CHECK(reported(diagnostics, "broken.json:4: malformed JSON"));

    Diagnostics mimics;
    const std::string truncated = "{\"format\": \"anatomy-viewer-mimics\",\n\"version\": 1,\n\"conditions\": [\n}";
    CHECK(parseMimics(truncated, "m.json", known(), mimics).empty());
    CHECK(reported(mimics, "m.json:4: malformed JSON"));

    Diagnostics quiz;
    CHECK(parseQuiz("[1, 2,,]", "q.json", known(), quiz).questions.empty());
    CHECK(reported(quiz, "q.json:1: malformed JSON"));
}

TEST_CASE("annotations: JSON of another format or a newer version is refused with its line") {
    Diagnostics wrongFormat;
    CHECK(!parseTour("{\n\"format\": \"anatomy-viewer-quiz\", \"version\": 1}", "f.json", known(), wrongFormat));
    CHECK(reported(wrongFormat, "f.json:2: \"format\" must be \"anatomy-viewer-tour\""));

    Diagnostics newer;
    const std::string quiz = "{\"format\": \"anatomy-viewer-quiz\",\n\n\"version\": 3, \"questions\": []}";
    CHECK(parseQuiz(quiz, "q.json", known(), newer).questions.empty());
    CHECK(reported(newer, "q.json:3: version 3 is newer"));
}

TEST_CASE("annotations: mimic and quiz entries with unknown ids are reported with their line") {
    const std::string mimicsText =
        "{\"format\": \"anatomy-viewer-mimics\", \"version\": 1, \"conditions\": [\n"  // 1
        " {\"id\": \"a\", \"name\": \"A\", \"annotation\": \"condition\",\n"           // 2
        "  \"structures\": [\"femur\", \"spleen\"],\n"                                  // 3
        "  \"regions\": [{\"centre\": [0, 0, 0], \"radii\": [0.1, 0.1, 0.1]}]},\n"     // 4
        " {\"id\": \"b\", \"name\": \"B\",\n"                                           // 5
        "  \"regions\": [{\"centre\": [0, 0, 0], \"radii\": [0, 0.1, 0.1]}]}\n"        // 6
        "]}";
    Diagnostics diagnostics;
    const auto mimics = parseMimics(mimicsText, "m.json", known(), diagnostics);
    INFO(describe(diagnostics));
    REQUIRE(mimics.size() == 1);
    CHECK(mimics[0].structures == std::vector<std::string>{"femur"});
    CHECK(reported(diagnostics, "m.json:3: structure 'spleen' is unknown"));
    CHECK(reported(diagnostics, "m.json:6: radii must be"));

    const std::string quizText =
        "{\"format\": \"anatomy-viewer-quiz\", \"version\": 1, \"questions\": [\n"
        " {\"prompt\": \"Click the femur\", \"answer\": \"femur\", \"accept\": [\"femur_left\"], \"hint\": \"nope\"},\n"
        " {\"prompt\": \"Click the kidney\", \"answer\": \"kidney\"}\n"
        "]}";
    Diagnostics quizDiagnostics;
    const Quiz quiz = parseQuiz(quizText, "q.json", known(), quizDiagnostics);
    INFO(describe(quizDiagnostics));
    REQUIRE(quiz.questions.size() == 1);
    CHECK(isCorrect(quiz.questions[0], "femur_left"));
    CHECK(!isCorrect(quiz.questions[0], "tibia"));
    CHECK(reported(quizDiagnostics, "q.json:2: hint annotation 'nope' is unknown"));
    CHECK(reported(quizDiagnostics, "q.json:3: question 2: answer structure 'kidney' is unknown"));
}
