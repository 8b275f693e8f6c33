// Tours name the ultrasound's presets, pathologies and scanner settings: validated at load (unknown ids
// reported with file and line), and applied by the step as the command line applies the same presets.
#include "annotations_test_support.h"
#include "core/annotations/tour.h"
#include "shipped_model.h"

#include <doctest/doctest.h>

using namespace av;
using namespace av::test;

namespace {

KnownIds known() {
    KnownIds ids{atlasStructureIds(), {}, {}};
    ids.probePresets = {"ischial_tuberosity_transverse"};
    ids.needlePresets = {"lateral_to_medial"};
    ids.pathologies = {"bursitis", "tendinopathy", "partial_tear"};
    return ids;
}

std::string tourWithStep(const std::string& fields) {
    return "{\n"
           "  \"format\": \"anatomy-viewer-tour\", \"version\": 1, \"id\": \"t\", \"title\": \"T\",\n"
           "  \"audience\": \"clinical\",\n"
           "  \"steps\": [\n"
           "    {\n"
           "      \"title\": \"One\",\n" +  // line 6
           fields +
           "      \"text\": \"Words.\"\n"
           "    }\n  ]\n}\n";
}

}  // namespace

TEST_CASE("tours: a step names probe and needle presets, pathologies and scanner settings") {
    const std::string text = tourWithStep(
        "      \"probe_preset\": \"ischial_tuberosity_transverse\",\n"
        "      \"needle_preset\": \"lateral_to_medial\",\n"
        "      \"pathology\": [\"bursitis\", \"partial_tear\"],\n"
        "      \"ultrasound\": {\"probe_type\": \"linear\", \"depth_cm\": 6, \"frequency_mhz\": 10, \"gain_db\": -2},\n");
    Diagnostics diagnostics;
    const auto tour = parseTour(text, "t.json", known(), diagnostics);
    INFO(describe(diagnostics));
    REQUIRE(tour);
    REQUIRE(tour->steps.size() == 1);
    const TourStep& step = tour->steps[0];
    CHECK(diagnostics.errors.empty());
    CHECK(step.probePreset == "ischial_tuberosity_transverse");
    CHECK(step.needlePreset == "lateral_to_medial");
    CHECK(step.pathology == PathologySet{Pathology::Bursitis, Pathology::PartialTear});
    REQUIRE(step.ultrasound);
    CHECK(step.ultrasound->type == ProbeType::Linear);
    CHECK(step.ultrasound->depthCm == 6);
    CHECK(step.ultrasound->frequencyMhz == 10);
    CHECK(step.ultrasound->gainDb == -2);
}

TEST_CASE("tours: unknown presets and pathologies are reported with file and line, the step stays") {
    const std::string text = tourWithStep(
        "      \"probe_preset\": \"ischial_tuberosity_transvers\",\n"  // line 7
        "      \"needle_preset\": \"medial_to_lateral\",\n"            // 8
        "      \"pathology\": [\"bursits\"],\n");                     // 9
    Diagnostics diagnostics;
    const auto tour = parseTour(text, "t.json", known(), diagnostics);
    INFO(describe(diagnostics));
    REQUIRE(tour);
    REQUIRE(tour->steps.size() == 1);
    CHECK(reported(diagnostics, "t.json:7: probe preset 'ischial_tuberosity_transvers' is unknown (did you mean "
                                "'ischial_tuberosity_transverse'?)"));
    CHECK(reported(diagnostics, "t.json:8: needle preset 'medial_to_lateral' is unknown"));
    CHECK(reported(diagnostics, "t.json:9: pathology 'bursits' is unknown (did you mean 'bursitis'?)"));
    CHECK(tour->steps[0].probePreset.empty());
    CHECK(tour->steps[0].pathology.empty());
}

TEST_CASE("tours: scanner settings out of range leave the step out, reported with its line") {
    const std::string text = tourWithStep("      \"ultrasound\": {\"depth_cm\": 90},\n");  // line 7
    Diagnostics diagnostics;
    const auto tour = parseTour(text, "t.json", known(), diagnostics);
    INFO(describe(diagnostics));
    CHECK_FALSE(tour);  // its only step was left out
    CHECK(reported(diagnostics, "t.json:7"));
    CHECK(reported(diagnostics, "depth_cm"));
}

TEST_CASE("tours: a step's presets give the probe, needle, scanner and pathology the command line would") {
    const Shipped& shipped = shippedWithMeshes();
    ViewerModel touring(shipped.atlas, shipped.content), commanded(shipped.atlas, shipped.content);
    bool found = false;
    for (const Tour& tour : shipped.content.tours)
        for (std::size_t i = 0; i < tour.steps.size() && !found; ++i) {
            const TourStep& step = tour.steps[i];
            if (step.needlePreset.empty() || step.pose || step.animation) continue;
            found = true;
            touring.apply(act::StartTour{tour.id, i + 1});
            ViewerOptions options;
            options.probePreset = step.probePreset;
            options.needlePreset = step.needlePreset;
            options.pathology = step.pathology;
            applyStartOptions(commanded, options);
        }
    REQUIRE(found);
    REQUIRE(touring.state().instruments.probe);
    REQUIRE(commanded.state().instruments.probe);
    CHECK((touring.state().instruments.probe->position - commanded.state().instruments.probe->position).norm() < 1e-9);
    CHECK((touring.state().instruments.needle->tip - commanded.state().instruments.needle->tip).norm() < 1e-9);
    CHECK(touring.state().ultrasound.depthCm == commanded.state().ultrasound.depthCm);
    CHECK(touring.state().pathology == commanded.state().pathology);
    // Ending the tour takes its instruments and pathologies away.
    touring.apply(act::EndTour{});
    CHECK_FALSE(touring.state().instruments.probe);
    CHECK(touring.state().pathology.empty());
}
