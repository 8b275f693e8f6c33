// The staged programme's report and the patient handout, run as a user runs them: the PDF really holds the
// patient wording, the stages, the aftercare and the rendered views, in large type on A4; a failed write leaves
// no file behind and says why.
#include "cli_run.h"
#include "core/annotations/content.h"
#include "core/resources.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>

using namespace av::test;

namespace {

// The standard output of a shell command.
std::string output(const TempFolder& folder, const std::string& command) {
    const auto file = folder.path() / "tool.txt";
    const int status = std::system((command + " >'" + file.string() + "' 2>&1").c_str());
    INFO("ran: " << command);
    CHECK(status == 0);
    return readFile(file);
}

// Runs of white space as one space: a sentence may wrap anywhere on the page.
std::string squeezed(const std::string& text) {
    std::string result;
    for (const char c : text) {
        const bool space = std::isspace(static_cast<unsigned char>(c));
        if (space && (result.empty() || result.back() == ' ')) continue;
        result += space ? ' ' : c;
    }
    return result;
}

const av::Content& content() {
    static av::Diagnostics diagnostics;
    static const av::Content loaded = av::loadContent(av::defaultAnnotationsFolder(), {}, diagnostics);
    return loaded;
}

const av::Tour& tour(const std::string& id) {
    const auto found = std::find_if(content().tours.begin(), content().tours.end(),
                                    [&](const av::Tour& t) { return t.id == id; });
    REQUIRE(found != content().tours.end());
    return *found;
}

// The first sentence of a document's plain text.
std::string firstSentence(const av::Document& document) {
    const std::string text = squeezed(av::plainText(document));
    return text.substr(0, text.find(". ") + 1);
}

}  // namespace

TEST_CASE("cli rehab: --report exercises --json gives each exercise's stage and numbers, no display needed") {
    TempFolder folder;
    const Run run = runViewer(folder, {"--report", "exercises", "--json"}, false);
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.empty());
    const auto report = nlohmann::json::parse(run.out);
    const av::RehabProgramme& programme = content().rehab;
    std::size_t i = 0;
    for (const av::RehabStage& stage : programme.stages)
        for (const av::RehabExercise& exercise : stage.exercises) {
            REQUIRE(i < report.size());
            const auto& entry = report[i++];
            CHECK(entry.size() == 4);
            CHECK(entry["id"] == exercise.motion);
            CHECK(entry["stage"] == stage.number);
            CHECK(entry["peak_tendon_strain"].get<double>() == doctest::Approx(exercise.load.peak_tendon_strain));
            CHECK(entry["peak_hip_flexion_deg"].get<double>() == doctest::Approx(exercise.load.peak_hip_flexion_deg));
        }
    CHECK(i == report.size());
    CHECK(report.front()["stage"] == 1);
    CHECK(report.back()["stage"] == 4);
    const Run text = runViewer(folder, {"--report", "exercises"}, false);
    CHECK(text.out.find("isometric_bridge") != std::string::npos);
}

TEST_CASE("cli handout: a tour's handout holds its views, its words, the stages and the aftercare, in large type") {
    TempFolder folder;
    const auto pdf = folder.path() / "sit bone.pdf";
    const Run run = runViewer(folder, {"--handout", pdf.string(), "--tour", "sit_bone_pain", "--resolution", "640,400",
                                       "--detail", "low"});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    REQUIRE(std::filesystem::exists(pdf));
    CHECK(run.err.find(pdf.string()) != std::string::npos);  // says where it was written
    const std::string quoted = "'" + pdf.string() + "'";

    const std::string text = squeezed(output(folder, "pdftotext " + quoted + " -"));
    const av::Tour& sitBone = tour("sit_bone_pain");
    for (const av::TourStep& step : sitBone.steps) {
        CHECK_MESSAGE(text.find(step.title) != std::string::npos, step.title);
        if (!step.text.empty()) CHECK_MESSAGE(text.find(firstSentence(step.text)) != std::string::npos, firstSentence(step.text));
    }
    for (const av::RehabStage& stage : content().rehab.stages) {
        CHECK(text.find("Stage " + std::to_string(stage.number) + ": " + stage.title(av::Audience::Patient)) != std::string::npos);
        CHECK(text.find(squeezed(stage.goal(av::Audience::Patient))) != std::string::npos);
    }
    CHECK(text.find("After an injection") != std::string::npos);
    CHECK(text.find("Take relative rest for 2 days (48 hours)") != std::string::npos);
    CHECK(text.find("These can be signs of infection.") != std::string::npos);
    CHECK(text.find("\u00B0") != std::string::npos);  // UTF-8 comes through: the hip bend in degrees

    // Each exercise stays on one page with its two bars.
    const std::string info = output(folder, "pdfinfo " + quoted);
    const int pages = std::stoi(info.substr(info.find("Pages:") + 6));
    int exercisesSeen = 0;
    for (int page = 1; page <= pages; ++page) {
        const std::string onPage = squeezed(output(folder, "pdftotext -f " + std::to_string(page) + " -l " +
                                                               std::to_string(page) + " " + quoted + " -"));
        for (const av::RehabStage& stage : content().rehab.stages)
            for (const av::RehabExercise& exercise : stage.exercises) {
                const std::size_t at = onPage.find(exercise.name + ". " + exercise.how.substr(0, 12));
                if (at == std::string::npos) continue;
                ++exercisesSeen;
                CHECK_MESSAGE(onPage.find("Hip bend while working", at) != std::string::npos, exercise.name);
            }
    }
    std::size_t exercises = 0;
    for (const av::RehabStage& stage : content().rehab.stages) exercises += stage.exercises.size();
    CHECK(std::size_t(exercisesSeen) == exercises);

    // One picture per step.
    const std::string images = output(folder, "pdfimages -list " + quoted);
    const auto lines = std::count(images.begin(), images.end(), '\n');
    CHECK(lines - 2 >= long(sitBone.steps.size()));  // two header lines

    // A4 pages; body text at 14 pt or more: most words' boxes are at least 14 pt tall.
    CHECK(output(folder, "pdfinfo " + quoted).find("(A4)") != std::string::npos);
    const std::string boxes = output(folder, "pdftotext -bbox " + quoted + " -");
    static const std::regex word(R"re(<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">)re");
    std::vector<double> heights;
    for (auto it = std::sregex_iterator(boxes.begin(), boxes.end(), word); it != std::sregex_iterator(); ++it)
        heights.push_back(std::stod((*it)[2]) - std::stod((*it)[1]));
    REQUIRE(heights.size() > 500);
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    CHECK(heights[heights.size() / 2] >= 14.0);
}

TEST_CASE("cli handout: texts repeated with --annotation each give a view and their patient wording") {
    TempFolder folder;
    const auto pdf = folder.path() / "texts.pdf";
    const Run run = runViewer(folder, {"--handout", pdf.string(), "--annotation", "injection", "--annotation", "bursitis",
                                       "--resolution", "480,300", "--detail", "low"});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const std::string text = squeezed(output(folder, "pdftotext '" + pdf.string() + "' -"));
    for (const char* id : {"injection", "bursitis"}) {
        const av::Annotation* annotation = content().annotations.find(id);
        REQUIRE(annotation);
        CHECK(text.find(annotation->title) != std::string::npos);
        CHECK_MESSAGE(text.find(firstSentence(annotation->text(av::Audience::Patient))) != std::string::npos,
                      firstSentence(annotation->text(av::Audience::Patient)));
    }
    CHECK(text.find("peritendinous") == std::string::npos);  // no clinical wording
    const std::string images = output(folder, "pdfimages -list '" + pdf.string() + "'");
    CHECK(std::count(images.begin(), images.end(), '\n') - 2 >= 2);
}

TEST_CASE("cli handout: a failed write leaves no file, partial or temporary, and says why") {
    TempFolder folder;
    const auto missing = folder.path() / "no such folder" / "notes.pdf";
    const Run run = runViewer(folder, {"--handout", missing.string(), "--annotation", "injection", "--resolution", "320,200",
                                       "--detail", "low"});
    CHECK(run.exitCode == 1);
    CHECK(run.err.find(missing.string()) != std::string::npos);
    CHECK(run.err.find("No such file or directory") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(missing.parent_path()));

    // A folder where the file should go: the rename fails, and the temporary file is taken away.
    const auto taken = folder.path() / "taken.pdf";
    std::filesystem::create_directory(taken);
    const Run blocked = runViewer(folder, {"--handout", taken.string(), "--annotation", "injection", "--resolution",
                                           "320,200", "--detail", "low"});
    CHECK(blocked.exitCode == 1);
    CHECK(blocked.err.find(taken.string() + ": cannot write the file (") != std::string::npos);
    for (const auto& entry : std::filesystem::directory_iterator(folder.path()))
        CHECK_MESSAGE(entry.path().filename().string().find(".tmp-") == std::string::npos, entry.path());
    CHECK(std::filesystem::is_empty(taken));

    // Unknown texts are refused before anything is drawn.
    const Run unknown = runViewer(folder, {"--handout", (folder.path() / "x.pdf").string(), "--annotation", "injektion"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("did you mean") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(folder.path() / "x.pdf"));
}
