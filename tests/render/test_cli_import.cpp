// The viewer on a scanned atlas made by build/atlas-import from ../shared/real-meshes/bodyparts3d, as a
// user runs both: it renders, highlights a structure it knows by our id, opens its explanation, and poses
// the bones. Skipped with a message when the shared folder is absent, except under CI.
#include "cli_run.h"
#include "pixels.h"

#include <doctest/doctest.h>

#ifdef AV_IMPORT_EXECUTABLE

using namespace av::test;

namespace {

std::filesystem::path bodyParts3d() {
    const char* fromEnvironment = std::getenv("AV_SHARED_DIR");
    return std::filesystem::path(fromEnvironment ? fromEnvironment : AV_SHARED_DIR) / "real-meshes" / "bodyparts3d";
}

std::size_t highlightedPixels(const av::Image& image) {
    std::size_t n = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) n += highlightLike(pixel(image, x, y));
    return n;
}

std::size_t differingPixels(const av::Image& a, const av::Image& b) {
    std::size_t n = 0;
    for (int y = 0; y < a.height; ++y)
        for (int x = 0; x < a.width; ++x) {
            const Rgb p = pixel(a, x, y), q = pixel(b, x, y);
            n += std::abs(p[0] - q[0]) + std::abs(p[1] - q[1]) + std::abs(p[2] - q[2]) > 30;
        }
    return n;
}

}  // namespace

TEST_CASE("cli: an atlas imported from BodyParts3D opens, highlights, explains and poses") {
    if (!std::filesystem::exists(bodyParts3d())) {
        const char* ci = std::getenv("CI");
        if (ci && std::string(ci) == "true") FAIL("the shared BodyParts3D meshes are missing under CI: " << bodyParts3d());
        MESSAGE("skipped: " << bodyParts3d() << " is absent");
        return;
    }
    TempFolder folder;
    const auto out = folder.path() / "scan";
    const std::string command = "'" AV_IMPORT_EXECUTABLE "' bodyparts3d '" + bodyParts3d().string() + "' '" +
                                out.string() + "' >'" + (folder.path() / "import.txt").string() + "' 2>&1";
    const int status = std::system(command.c_str());
    REQUIRE_MESSAGE(WIFEXITED(status), readFile(folder.path() / "import.txt"));
    REQUIRE_MESSAGE(WEXITSTATUS(status) == 0, readFile(folder.path() / "import.txt"));
    const std::string manifest = (out / "atlas.json").string();

    const auto plain = folder.path() / "plain.png", selected = folder.path() / "selected.png";
    const std::vector<std::string> view = {"--atlas", manifest, "--view", "posterior", "--resolution", "400,300"};
    auto with = [&](std::vector<std::string> extra) {
        extra.insert(extra.begin(), view.begin(), view.end());
        return extra;
    };
    const Run neutral = runViewer(folder, with({"--output", plain.string()}));
    REQUIRE_MESSAGE(neutral.exitCode == 0, neutral.err);
    CHECK_MESSAGE(neutral.err.find("error") == std::string::npos, neutral.err);
    CHECK(highlightedPixels(readPng(plain)) < 400 * 300 / 100);

    const Run select = runViewer(folder, with({"--output", selected.string(), "--select", "semimembranosus"}));
    REQUIRE_MESSAGE(select.exitCode == 0, select.err);
    CHECK(highlightedPixels(readPng(selected)) > 150);

    // Its explanation attaches by id: opening it highlights the muscle too.
    const auto explained = folder.path() / "explained.png";
    const Run explain = runViewer(folder, with({"--output", explained.string(), "--annotation", "semimembranosus"}));
    REQUIRE_MESSAGE(explain.exitCode == 0, explain.err);
    CHECK(highlightedPixels(readPng(explained)) > 150);

    // The bones pose: a bent knee moves the lower leg.
    const auto bent = folder.path() / "bent.png";
    const Run pose = runViewer(folder, with({"--output", bent.string(), "--knee-flexion", "90"}));
    REQUIRE_MESSAGE(pose.exitCode == 0, pose.err);
    CHECK(differingPixels(readPng(plain), readPng(bent)) > 400 * 300 / 50);
}

#endif
