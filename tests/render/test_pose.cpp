#include "fixtures.h"
#include "pixels.h"

#include <doctest/doctest.h>

using namespace av::test;

namespace {

// A red box on the shin (tibia segment) below the knee, a grey one on the pelvis as a fixed reference.
const std::vector<Box> kLeg = {{"pelvis_block", {-0.07, -0.07, 0.08}, 0.08, "#808080", "pelvis"},
                               {"shin", {-0.07, -0.75, 0.08}, 0.06, "#ff0000", "tibia"}};

std::array<double, 2> shinAt(const av::Atlas& atlas, double kneeFlexion, double hipFlexion) {
    av::ViewerOptions options;
    options.view = "lateral";  // anterior on the right, superior up
    options.pose.knee_flexion_deg = kneeFlexion;
    options.pose.hip_flexion_deg = hipFlexion;
    options.strain = false;
    const av::Image image = render(atlas, options);
    return centroidWhere(image, [](Rgb c) { return dominant(c, 0); });
}

}  // namespace

TEST_CASE("pose: the shin swings back with knee flexion and forward with hip flexion") {
    TempFolder folder;
    const av::Atlas atlas = loadFixture(writeBoxAtlas(folder, kLeg));
    const auto neutral = shinAt(atlas, 0, 0);
    const auto kneeBent = shinAt(atlas, 90, 0);
    const auto hipBent = shinAt(atlas, 0, 90);
    REQUIRE(neutral[0] > 0);
    REQUIRE(kneeBent[0] > 0);
    REQUIRE(hipBent[0] > 0);
    // Each image frames the posed atlas, so compare with the fixed pelvis box instead of the frame:
    // knee flexion takes the shin behind (left of) the knee and up; hip flexion takes it in front and up.
    CHECK(kneeBent[1] < neutral[1]);
    CHECK(hipBent[1] < neutral[1]);
    const auto block = [&](double knee, double hip) {
        av::ViewerOptions options;
        options.view = "lateral";
        options.pose.knee_flexion_deg = knee;
        options.pose.hip_flexion_deg = hip;
        return centroidWhere(render(atlas, options), [](Rgb c) { return c[0] > 60 && std::abs(c[0] - c[2]) < 12; });
    };
    CHECK(kneeBent[0] < block(90, 0)[0]);
    CHECK(hipBent[0] > block(0, 90)[0]);
}
