// --report layout --json, run as a user would: the layout the window has after its first frames.
#include "cli_run.h"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

namespace {

float area(const nlohmann::json& rect) { return rect[2].get<float>() * rect[3].get<float>(); }

bool lists(const nlohmann::json& report, const std::string& id) {
    for (const auto& panel : report["panels"])
        if (panel["id"] == id) return true;
    return false;
}

}  // namespace

using namespace av::test;

TEST_CASE("cli layout: the default window keeps 60% for the body, a tour shows its panels, presenter none") {
    TempFolder folder;
    const auto run = runViewer(folder, {"--report", "layout", "--json", "--resolution", "1280,800", "--detail", "low"});
    REQUIRE_MESSAGE(run.exitCode == 0, run.err);
    const auto report = nlohmann::json::parse(run.out);
    CHECK(report["window"] == nlohmann::json::array({1280, 800}));
    CHECK(area(report["viewport"]) >= 0.6f * 1280 * 800);
    CHECK(lists(report, "structures"));
    for (const auto& panel : report["panels"]) CHECK(panel["rect"].size() == 4);

    const auto tour = runViewer(folder, {"--report", "layout", "--json", "--resolution", "1280,800", "--detail", "low",
                                         "--tour", "ischiogluteal_injection"});
    REQUIRE_MESSAGE(tour.exitCode == 0, tour.err);
    const auto touring = nlohmann::json::parse(tour.out);
    CHECK(lists(touring, "information"));
    CHECK_FALSE(lists(touring, "structures"));
    CHECK_FALSE(lists(touring, "motion_plots"));
    CHECK(area(touring["viewport"]) >= 0.6f * 1280 * 800);

    const auto presenter = runViewer(folder, {"--report", "layout", "--json", "--resolution", "1024,768", "--detail",
                                              "low", "--tour", "sit_bone_pain", "--presenter"});
    REQUIRE_MESSAGE(presenter.exitCode == 0, presenter.err);
    const auto presenting = nlohmann::json::parse(presenter.out);
    CHECK(presenting["window"] == nlohmann::json::array({1024, 768}));
    CHECK(presenting["panels"].empty());
    CHECK(presenting["viewport"][2] == 1024);
}

TEST_CASE("cli layout: without a display the report says what it needs") {
    TempFolder folder;
    const auto run = runViewer(folder, {"--report", "layout", "--json", "--detail", "low"}, false);
    CHECK(run.exitCode != 0);
    CHECK(run.err.find("display") != std::string::npos);
}
