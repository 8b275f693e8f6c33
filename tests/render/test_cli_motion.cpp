// The motion options of the command line, run as a user runs them.
#include "cli_run.h"
#include "core/motion/animations.h"
#include "core/motion/muscle_state.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

using namespace av::test;

TEST_CASE("cli motion: --report muscles --json matches the model at the pose, extension included") {
    TempFolder folder;
    const Run run = runViewer(folder, {"--report", "muscles", "--json", "--hip-flexion", "-20", "--knee-flexion", "35",
                                       "--activation", "0.3"},
                              false);
    REQUIRE(run.exitCode == 0);
    const auto report = nlohmann::json::parse(run.out);
    av::Pose pose;
    pose.hip_flexion_deg = -20;
    pose.knee_flexion_deg = 35;
    const auto expected = av::muscleStates(pose, 0.3);
    REQUIRE(report.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(report[i]["id"] == expected[i].id);
        for (const char* field : {"mtu_length_m", "fiber_length_m", "tendon_length_m", "tendon_strain",
                                  "hip_extension_moment_arm_m", "knee_flexion_moment_arm_m"})
            CHECK(report[i].contains(field));
        CHECK(report[i]["mtu_length_m"].get<double>() == doctest::Approx(expected[i].mtu_length_m));
        CHECK(report[i]["tendon_strain"].get<double>() == doctest::Approx(expected[i].tendon_strain));
    }
    const std::vector<std::string> ids = {"semimembranosus", "semitendinosus", "biceps_femoris_long_head",
                                          "biceps_femoris_short_head"};
    for (std::size_t i = 0; i < ids.size(); ++i) CHECK(report[i]["id"] == ids[i]);
}

TEST_CASE("cli motion: out-of-range angles are clamped with a warning") {
    TempFolder folder;
    const Run clamped = runViewer(folder, {"--report", "muscles", "--json", "--hip-flexion", "170"}, false);
    CHECK(clamped.exitCode == 0);
    CHECK(clamped.err.find("clamped to 120") != std::string::npos);
    const Run limit = runViewer(folder, {"--report", "muscles", "--json", "--hip-flexion", "120"}, false);
    CHECK(nlohmann::json::parse(clamped.out) == nlohmann::json::parse(limit.out));
}

TEST_CASE("cli motion: animations are listed, and unknown ids refused with the valid ones") {
    TempFolder folder;
    const Run list = runViewer(folder, {"--list-animations", "--json"}, false);
    REQUIRE(list.exitCode == 0);
    const auto animations = nlohmann::json::parse(list.out);
    std::vector<std::string> ids;
    for (const auto& item : animations) {
        ids.push_back(item["id"]);
        CHECK(!item["name"].get<std::string>().empty());
    }
    // One per shipped motion file.
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(AV_SOURCE_DIR) / "annotations" / "motions"))
        if (entry.path().extension() == ".json") {
            ++files;
            CHECK(std::find(ids.begin(), ids.end(), entry.path().stem().string()) != ids.end());
        }
    CHECK(ids.size() == files);
    const Run unknown = runViewer(folder, {"--animation", "sprint", "--report", "muscles"}, false);
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("sprint_late_swing") != std::string::npos);
}

TEST_CASE("cli motion: --export-frames writes every frame of the animation") {
    TempFolder folder;
    const auto frames = folder.path() / "frames";
    const Run run = runViewer(folder, {"--export-frames", frames.string(), "--animation", "knee_flexion", "--fps", "2",
                                       "--resolution", "160,120"});
    REQUIRE_MESSAGE(run.exitCode == 0, run.err);
    const auto* animation = av::findAnimation("knee_flexion").animation;
    const int expected = int(std::lround(animation->durationSeconds() * 2));
    CHECK(std::filesystem::exists(frames / "frame_0001.png"));
    char last[32];
    std::snprintf(last, sizeof last, "frame_%04d.png", expected);
    CHECK(std::filesystem::exists(frames / last));
    std::snprintf(last, sizeof last, "frame_%04d.png", expected + 1);
    CHECK_FALSE(std::filesystem::exists(frames / last));
}

TEST_CASE("cli explain: annotations and tours are listed, unknown ids refused") {
    TempFolder folder;
    const Run annotations = runViewer(folder, {"--list-annotations", "--json"}, false);
    REQUIRE(annotations.exitCode == 0);
    const auto list = nlohmann::json::parse(annotations.out);
    REQUIRE(list.size() > 20);
    for (const auto& item : list) {
        CHECK(item.contains("id"));
        CHECK(item.contains("title"));
        CHECK(item["structures"].is_array());
    }
    const Run tours = runViewer(folder, {"--list-tours", "--json"}, false);
    REQUIRE(tours.exitCode == 0);
    const auto tourList = nlohmann::json::parse(tours.out);
    REQUIRE(tourList.size() >= 3);
    for (const auto& tour : tourList) CHECK(tour["steps"].get<int>() > 0);
    CHECK(runViewer(folder, {"--tour", "no_such_tour", "--output", "x.png"}).exitCode == 2);
    CHECK(runViewer(folder, {"--tour", tourList[0]["id"], "--step", "999", "--output", "x.png"}).exitCode == 2);
    const Run unknown = runViewer(folder, {"--annotation", "semimembranosis", "--output", "x.png"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("did you mean 'semimembranosus'") != std::string::npos);
}
