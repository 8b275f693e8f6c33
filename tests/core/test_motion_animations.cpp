// Animation registry and keyframed curves.
#include "core/motion/animations.h"
#include "core/motion/keyframes.h"
#include "core/motion/muscle_state.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace {

// The motions the annotations folder ships: one file each, named by its id.
std::vector<std::string> shippedMotionIds() {
    std::vector<std::string> ids;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(AV_SOURCE_DIR) / "annotations" / "motions"))
        if (entry.path().extension() == ".json") ids.push_back(entry.path().stem().string());
    return ids;
}

}  // namespace

TEST_CASE("motion: every shipped motion file is registered, with the ten clinical motions among them") {
    const std::vector<std::string> ids = shippedMotionIds();
    REQUIRE(av::animations().size() == ids.size());
    for (const char* required : {"hip_extension", "knee_flexion", "hip_and_knee", "sprint_late_swing", "sit_down",
                                 "straight_leg_raise", "isometric_bridge", "hamstring_curl", "romanian_deadlift", "nordic_curl"})
        CHECK(std::find(ids.begin(), ids.end(), required) != ids.end());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const av::AnimationLookup found = av::findAnimation(ids[i]);
        REQUIRE(found.animation != nullptr);
        CHECK(found.error.empty());
        CHECK(found.animation->id() == ids[i]);
        CHECK_FALSE(found.animation->displayName().empty());
        CHECK(found.animation->durationSeconds() > 0.0);
    }
}

TEST_CASE("motion: an unknown animation id lists the valid ones, in menu order") {
    const av::AnimationLookup found = av::findAnimation("moonwalk");
    CHECK(found.animation == nullptr);
    CHECK(found.error.rfind("unknown animation 'moonwalk'; valid ids: hip_extension, knee_flexion, ", 0) == 0);
    for (const auto& id : shippedMotionIds()) CHECK(found.error.find(id) != std::string::npos);
}

TEST_CASE("motion: animations stay inside the joint limits and activation 0..1, and loop seamlessly") {
    for (const av::Animation& a : av::animations()) {
        CAPTURE(a.id());
        const double d = a.durationSeconds();
        for (int i = 0; i <= 400; ++i) {
            const av::AnimationSample s = a.sample(d * i / 400.0);
            CHECK(av::clampPose(s.pose).warnings.empty());
            CHECK(s.activation >= 0.0);
            CHECK(s.activation <= 1.0);
            CHECK(s.sitting >= 0.0);
            CHECK(s.sitting <= 1.0);
        }
        if (a.looping()) {
            const av::AnimationSample start = a.sample(0.0), end = a.sample(d - 1e-9), wrapped = a.sample(d + 0.3);
            CHECK(end.pose.hip_flexion_deg == doctest::Approx(start.pose.hip_flexion_deg).epsilon(1e-6));
            CHECK(end.pose.knee_flexion_deg == doctest::Approx(start.pose.knee_flexion_deg).epsilon(1e-6));
            CHECK(wrapped.pose.hip_flexion_deg == doctest::Approx(a.sample(0.3).pose.hip_flexion_deg));
        }
    }
}

TEST_CASE("motion: sit_down ends seated with the hip flexed") {
    const av::Animation& a = *av::findAnimation("sit_down").animation;
    CHECK_FALSE(a.looping());
    CHECK(a.sample(0.0).sitting == 0.0);
    const av::AnimationSample seated = a.sample(a.durationSeconds() + 5.0);  // holds the last frame
    CHECK(seated.sitting == 1.0);
    CHECK(seated.pose.hip_flexion_deg == doctest::Approx(90.0));
    CHECK(seated.pose.knee_flexion_deg == doctest::Approx(90.0));
}

TEST_CASE("motion: in the sprint the hamstrings are longest in late swing, biceps femoris most stretched") {
    // Thelen et al. 2005: peak lengths in late swing, biceps femoris long head stretched most relative to
    // upright, then semitendinosus, then semimembranosus.
    const av::Animation& a = *av::findAnimation("sprint_late_swing").animation;
    const std::vector<av::MuscleState> upright = av::muscleStates(av::Pose{}, 0.0);
    std::vector<double> peak(3, 0.0), when(3, 0.0);
    for (int i = 0; i < 500; ++i) {
        const double phase = i / 500.0;
        const av::AnimationSample s = a.sample(phase * a.durationSeconds());
        const std::vector<av::MuscleState> st = av::muscleStates(s.pose, s.activation);
        for (std::size_t k = 0; k < 3; ++k) {
            const double stretch = st[k].mtu_length_m / upright[k].mtu_length_m - 1.0;
            if (stretch > peak[k]) {
                peak[k] = stretch;
                when[k] = phase;
            }
        }
    }
    for (std::size_t k = 0; k < 3; ++k) {
        CHECK(when[k] > 0.8);
        CHECK(when[k] < 0.95);
    }
    CHECK(peak[2] > peak[1]);  // biceps femoris long head > semitendinosus
    CHECK(peak[1] > peak[0]);  // semitendinosus > semimembranosus
    const av::AnimationSample late = a.sample(0.9 * a.durationSeconds());
    CHECK(late.activation > 0.9);
    CHECK(late.pose.hip_flexion_deg > 50.0);
}

TEST_CASE("motion: keyframe tracks pass through their keys without overshoot") {
    const av::KeyframeTrack t({{0.0, 0.0}, {1.0, 10.0}, {2.0, 10.0}, {3.0, 0.0}}, false);
    CHECK(t.value(1.0) == doctest::Approx(10.0));
    CHECK(t.value(-1.0) == 0.0);
    CHECK(t.value(5.0) == 0.0);
    for (double x = 0.0; x <= 3.0; x += 0.01) {
        CHECK(t.value(x) <= 10.0 + 1e-12);
        CHECK(t.value(x) >= -1e-12);
    }
    const av::KeyframeTrack loop({{0.0, 1.0}, {0.5, 3.0}, {1.0, 1.0}}, true);
    CHECK(loop.value(1.25) == doctest::Approx(loop.value(0.25)));
    CHECK(loop.value(-0.25) == doctest::Approx(loop.value(0.75)));
    CHECK_THROWS(av::KeyframeTrack({}, false));
    CHECK_THROWS(av::KeyframeTrack({{1.0, 0.0}, {1.0, 1.0}}, false));
}
