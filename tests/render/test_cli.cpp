// The command line as a user runs it: the real executable in a child process.
#include "cli_run.h"
#include "pixels.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace av::test;

namespace {

const std::vector<Box> kTwoBoxes = {{"pelvis", {0, 0, 0}, 0.2, "#e0d8c0"}, {"femur", {0, -0.3, 0}, 0.1, "#e0d8c0"}};

}  // namespace

TEST_CASE("cli: --list-structures --json prints one JSON document and needs no display") {
    TempFolder folder;
    const auto manifest = writeBoxAtlas(folder, kTwoBoxes);
    const Run run = runViewer(folder, {"--atlas", manifest.string(), "--list-structures", "--json"}, false);
    REQUIRE(run.exitCode == 0);
    const auto list = nlohmann::json::parse(run.out);
    REQUIRE(list.size() == 2);
    CHECK(list[1]["id"] == "femur");
    CHECK(list[1]["kind"] == "bone");
    CHECK(list[1]["segment"] == "pelvis");
    CHECK(list[1]["triangles"] == 12);
    CHECK(list[1]["bounds_m"][2].get<double>() == doctest::Approx(-0.35));
}

TEST_CASE("cli: --help and --version need no display") {
    TempFolder folder;
    const Run help = runViewer(folder, {"--help"}, false);
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("--output") != std::string::npos);
    const Run version = runViewer(folder, {"--version"}, false);
    CHECK(version.exitCode == 0);
    CHECK(version.out.find("anatomy-viewer ") == 0);
}

TEST_CASE("cli: mistakes exit non-zero with a clear message") {
    TempFolder folder;
    const auto manifest = writeBoxAtlas(folder, kTwoBoxes);
    const Run unknown = runViewer(folder, {"--atlas", manifest.string(), "--ouput", "x.png"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("did you mean '--output'") != std::string::npos);
    const Run badId = runViewer(folder, {"--atlas", manifest.string(), "--select", "femr", "--output", "x.png"});
    CHECK(badId.exitCode == 2);
    CHECK(badId.err.find("did you mean 'femur'") != std::string::npos);
    const Run noManifest = runViewer(folder, {"--atlas", (folder.path() / "none.json").string(), "--output",
                                              (folder.path() / "x.png").string()});
    CHECK(noManifest.exitCode != 0);
    CHECK(noManifest.err.find("none.json") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(folder.path() / "x.png"));
}

TEST_CASE("cli: a corrupt mesh is named and left out; the image is still written") {
    TempFolder folder;
    const auto manifest = writeBoxAtlas(folder, kTwoBoxes);
    folder.write("femur.obj", "v 0 0 0\nv nan 1 0\nv 0 1 0\nf 1 2 3\n");
    const auto shot = folder.path() / "shot.png";
    const Run run = runViewer(folder, {"--atlas", manifest.string(), "--output", shot.string(), "--resolution", "200,150"});
    CHECK(run.exitCode == 0);
    CHECK(run.err.find("femur.obj") != std::string::npos);
    REQUIRE(std::filesystem::exists(shot));
    const av::Image image = readPng(shot);
    CHECK(image.width == 200);
    CHECK(image.height == 150);
}

TEST_CASE("cli: the shipped atlas renders, and --select highlights the structure") {
    TempFolder folder;
    const auto shot = folder.path() / "shot.png";
    const Run plain = runViewer(folder, {"--output", shot.string(), "--view", "posterior", "--resolution", "400,300"});
    REQUIRE_MESSAGE(plain.exitCode == 0, plain.err);
    const av::Image image = readPng(shot);
    CHECK(fractionWhere(image, std::vector<bool>(image.rgb.size() / 3, true), highlightLike) < 0.01);
    const Run listing = runViewer(folder, {"--list-structures", "--json"}, false);
    REQUIRE(listing.exitCode == 0);
    const auto list = nlohmann::json::parse(listing.out);
    REQUIRE(!list.empty());
    // The largest muscle, or the first structure of an atlas that has none.
    std::string id = list[0]["id"];
    for (const auto& item : list)
        if (item["id"] == "semimembranosus") id = "semimembranosus";
    const Run selected = runViewer(folder, {"--output", shot.string(), "--view", "posterior", "--resolution", "400,300",
                                            "--select", id});
    REQUIRE(selected.exitCode == 0);
    const av::Image highlighted = readPng(shot);
    // At 400x300 the semimembranosus, ghosted through the muscles that cover it, takes a few hundred pixels.
    CHECK(fractionWhere(highlighted, std::vector<bool>(highlighted.rgb.size() / 3, true), highlightLike) * 400 * 300 > 150);
}

TEST_CASE("cli: the interactive window keeps the level of detail asked for (it fell back to full after one frame)") {
    TempFolder folder;
    const Run low = runViewer(folder, {"--detail", "low", "--resolution", "640,400", "--benchmark-frames", "3"});
    REQUIRE_MESSAGE(low.exitCode == 0, low.err);
    CHECK(low.out.find("at low detail") != std::string::npos);
    const Run full = runViewer(folder, {"--detail", "full", "--resolution", "640,400", "--benchmark-frames", "3"});
    REQUIRE_MESSAGE(full.exitCode == 0, full.err);
    CHECK(full.out.find("at full detail") != std::string::npos);
}
