// What a handout holds, chosen in the core: the views to render, the patient wording that goes with them, the
// exercise stages with their bars, and the aftercare of an injection.
#include "annotations_test_support.h"
#include "core/handout/handout_plan.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace av;

namespace {

const Content& shipped() {
    static Diagnostics diagnostics;
    static const Content content = loadContent(test::annotationsFolder(), test::atlasStructureIds(), diagnostics);
    return content;
}

const Tour& tour(const std::string& id) {
    const auto found =
        std::find_if(shipped().tours.begin(), shipped().tours.end(), [&](const Tour& t) { return t.id == id; });
    REQUIRE_MESSAGE(found != shipped().tours.end(), "no tour " << id);
    return *found;
}

// All the handout's words: headings, texts and bar labels, one item a line.
std::string words(const HandoutPlan& plan) {
    std::string all;
    for (const HandoutItem& item : plan.items) {
        if (const auto* heading = std::get_if<HandoutHeading>(&item)) all += heading->text + "\n";
        if (const auto* text = std::get_if<HandoutText>(&item)) all += plainText(text->document);
        if (const auto* bars = std::get_if<HandoutBars>(&item))
            for (const HandoutBar& bar : bars->bars) all += bar.label + " " + bar.value + "\n";
    }
    return all;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("handout: a patient tour gives one view per step with the step's own words") {
    const Tour& patientTour = tour("sit_bone_pain");
    REQUIRE(patientTour.audience == Audience::Patient);
    const HandoutPlan plan = planHandout(shipped(), {patientTour.id, {}});
    CHECK(plan.title == patientTour.title);
    const auto views = plan.views();
    REQUIRE(views.size() == patientTour.steps.size());
    for (std::size_t i = 0; i < views.size(); ++i) {
        CHECK(views[i].tour == patientTour.id);
        CHECK(views[i].step == i + 1);
    }
    const std::string all = words(plan);
    for (const TourStep& step : patientTour.steps) {
        CHECK(has(all, step.title));
        if (!step.text.empty()) CHECK(has(all, plainText(step.text)));
    }
}

TEST_CASE("handout: the stages in programme order with both numbers, then the aftercare, in plain words") {
    const HandoutPlan plan = planHandout(shipped(), {"", {"treatment"}});
    const std::string all = words(plan);
    std::size_t last = 0;
    for (const RehabStage& stage : shipped().rehab.stages) {
        const std::string heading = "Stage " + std::to_string(stage.number) + ": " + stage.title(Audience::Patient);
        const std::size_t at = all.find(heading);
        REQUIRE_MESSAGE(at != std::string::npos, heading);
        CHECK(at > last);
        last = at;
        CHECK(has(all, stage.goal(Audience::Patient)));
        CHECK_FALSE(has(all, stage.goal(Audience::Clinical)));
        for (const RehabExercise& exercise : stage.exercises) CHECK(has(all, exercise.name));
    }
    std::size_t exercises = 0, barSets = 0;
    for (const RehabStage& stage : shipped().rehab.stages) exercises += stage.exercises.size();
    for (const HandoutItem& item : plan.items)
        if (const auto* bars = std::get_if<HandoutBars>(&item)) {
            ++barSets;
            REQUIRE(bars->bars.size() == 2);
            for (const HandoutBar& bar : bars->bars) CHECK((bar.fraction >= 0 && bar.fraction <= 1));
        }
    CHECK(barSets == exercises);
    // The aftercare of an injection, from the injection text's patient wording, after the stages.
    const std::size_t aftercare = all.find("After an injection");
    REQUIRE(aftercare != std::string::npos);
    CHECK(aftercare > last);
    CHECK(all.find("relative rest for 2 days", aftercare) != std::string::npos);
    CHECK(all.find("signs of infection", aftercare) != std::string::npos);
    CHECK(all.find("do not drive", aftercare) != std::string::npos);
    // Patient wording only: nothing of the clinical texts.
    CHECK_FALSE(has(all, "peritendinous"));
    CHECK(has(all, "Words used in these notes"));
}

TEST_CASE("handout: texts each give a view and their patient wording, in the order asked") {
    const HandoutPlan plan = planHandout(shipped(), {"", {"injection", "bursitis"}});
    const auto views = plan.views();
    REQUIRE(views.size() == 2);
    CHECK(views[0].annotation == "injection");
    CHECK(views[1].annotation == "bursitis");
    const std::string all = words(plan);
    CHECK(has(all, plainText(shipped().annotations.find("bursitis")->text(Audience::Patient))));
    CHECK(all.find(shipped().annotations.find("injection")->title) < all.find(shipped().annotations.find("bursitis")->title));
}

TEST_CASE("handout: a clinical tour hands out the patient wording of the texts its steps open, each once") {
    const auto clinical = std::find_if(shipped().tours.begin(), shipped().tours.end(),
                                       [](const Tour& t) { return t.audience == Audience::Clinical; });
    REQUIRE(clinical != shipped().tours.end());
    const HandoutPlan plan = planHandout(shipped(), {clinical->id, {}});
    CHECK(plan.views().size() == clinical->steps.size());
    std::vector<std::string> opened;
    for (const TourStep& step : clinical->steps)
        if (!step.annotation.empty() && std::find(opened.begin(), opened.end(), step.annotation) == opened.end())
            opened.push_back(step.annotation);
    REQUIRE(!opened.empty());
    std::size_t texts = 0;
    for (const HandoutItem& item : plan.items)
        if (const auto* text = std::get_if<HandoutText>(&item))
            for (const std::string& id : opened)
                texts += plainText(text->document) == plainText(shipped().annotations.find(id)->text(Audience::Patient));
    CHECK(texts == opened.size());
}

TEST_CASE("handout: requests are checked, and the viewer's request is the running tour, else the open text") {
    CHECK(checkHandoutRequest(shipped(), {"sit_bone_pain", {"injection"}}).empty());
    CHECK(has(checkHandoutRequest(shipped(), {}), "--tour"));
    CHECK(has(checkHandoutRequest(shipped(), {"sit_bone_pian", {}}), "did you mean"));
    CHECK(has(checkHandoutRequest(shipped(), {"", {"injection", "injektion"}}), "\"injektion\""));

    ViewerState state;
    CHECK_FALSE(handoutRequestFor(state));
    state.annotation = "bursitis";
    REQUIRE(handoutRequestFor(state));
    CHECK(handoutRequestFor(state)->annotations == std::vector<std::string>{"bursitis"});
    state.tour = "sit_bone_pain";
    CHECK(handoutRequestFor(state)->tour == "sit_bone_pain");
    CHECK(handoutRequestFor(state)->annotations.empty());
}

TEST_CASE("handout: a section under a heading runs to the next heading of its level") {
    Diagnostics diagnostics;
    const Document document = parseMarkdown("## One\n\nfirst\n\n## After it all\n\nsecond\n\n### Part\n\nthird\n\n## Two\n\nfourth\n",
                                            {"test.md"}, diagnostics);
    const Document section = sectionUnderHeading(document, "after IT");
    CHECK(plainText(section) == "second\nPart\nthird\n");
    CHECK(sectionUnderHeading(document, "missing").empty());
}
