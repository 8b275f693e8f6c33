// Hamstring paths, lengths and moment arms of Gait2392, checked against a hand computation written here
// from the published numbers alone (no av:: kinematics, plain arrays).
#include "core/motion/muscle_paths.h"
#include "core/motion/muscle_state.h"

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <string>
#include <vector>

namespace {

using V = std::array<double, 3>;
using M = std::array<V, 3>;  // rows

V mul(const M& m, const V& v) {
    return {m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2], m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
            m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]};
}
M mul(const M& a, const M& b) {
    M r{};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j) r[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
    return r;
}
V add(const V& a, const V& b) { return {a[0] + b[0], a[1] + b[1], a[2] + b[2]}; }
double dist(const V& a, const V& b) { return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]); }
M rotZ(double a) { return {{{std::cos(a), -std::sin(a), 0}, {std::sin(a), std::cos(a), 0}, {0, 0, 1}}}; }
M rotX(double a) { return {{{1, 0, 0}, {0, std::cos(a), -std::sin(a)}, {0, std::sin(a), std::cos(a)}}}; }
M rotY(double a) { return {{{std::cos(a), 0, std::sin(a)}, {0, 1, 0}, {-std::sin(a), 0, std::cos(a)}}}; }

constexpr double kDeg = 3.14159265358979323846 / 180.0;

// A pose whose knee angle is a knot shared by both knee splines, so the tibia origin is read straight off
// the published table: q = -0.174533 -> (-0.0031, -0.3966), q = -0.349066 -> (-0.001, -0.3976),
// q = -2.0944 -> (-0.0032, -0.4226).
struct HandPose {
    double hip_flex_deg, hip_add_deg, hip_rot_deg, q;
    V tibia_origin;
};

struct HandPoint {
    char body;  // 'p' pelvis, 'f' femur, 't' tibia
    V at;
    double q_lo = -10, q_hi = 10;
};

double handLength(const std::vector<HandPoint>& path, const HandPose& p) {
    const V hip{-0.0707, -0.0661, 0.0835};
    const M hipR = mul(mul(rotZ(p.hip_flex_deg * kDeg), rotX(p.hip_add_deg * kDeg)), rotY(p.hip_rot_deg * kDeg));
    std::vector<V> pts;
    for (const HandPoint& h : path) {
        if (p.q < h.q_lo || p.q > h.q_hi) continue;
        V inFemur = h.at;
        if (h.body == 't') inFemur = add(p.tibia_origin, mul(rotZ(p.q), h.at));
        pts.push_back(h.body == 'p' ? h.at : add(hip, mul(hipR, inFemur)));
    }
    double length = 0;
    for (std::size_t i = 1; i < pts.size(); ++i) length += dist(pts[i - 1], pts[i]);
    return length;
}

const std::vector<HandPoint> kSemimem{{'p', {-0.1192, -0.09747, 0.07151}},
                                      {'t', {-0.0348, -0.03519, -0.01891}, -0.558505, 0.174533},
                                      {'t', {-0.027, -0.04771, -0.01957}}};
const std::vector<HandPoint> kSemiten{{'p', {-0.12635, -0.10988, 0.06039}},
                                      {'t', {-0.04203, -0.02859, -0.02277}, -0.331613, 0.174533},
                                      {'t', {-0.03322, -0.05282, -0.02288}},
                                      {'t', {-0.0113, -0.0746, -0.0245}},
                                      {'t', {0.0027, -0.0956, -0.0193}}};
const std::vector<HandPoint> kBifemlh{{'p', {-0.12596, -0.10257, 0.06944}},
                                      {'t', {-0.0301, -0.036, 0.02943}},
                                      {'t', {-0.0234, -0.0563, 0.0343}}};
const std::vector<HandPoint> kBifemsh{{'f', {0.005, -0.2111, 0.0234}},
                                      {'t', {-0.0301, -0.036, 0.02943}},
                                      {'t', {-0.0234, -0.0563, 0.0343}}};

av::Pose toPose(const HandPose& h) { return {h.hip_flex_deg, h.hip_add_deg, h.hip_rot_deg, -h.q / kDeg}; }

const av::gait2392::MuscleDefinition& muscle(const char* id) {
    const av::gait2392::MuscleDefinition* m = av::findMuscle(id);
    REQUIRE(m != nullptr);
    return *m;
}

}  // namespace

TEST_CASE("motion: musculotendon lengths match a hand computation from the published geometry") {
    const std::vector<HandPose> poses{
        {0, 0, 0, -0.174533, {-0.0031, -0.3966, 0}},     // knee 10°: both conditional points on
        {45, 0, 0, -0.349066, {-0.001, -0.3976, 0}},     // knee 20°: semiten's off, semimem's on
        {90, 0, 0, -2.0944, {-0.0032, -0.4226, 0}},      // knee 120°: both off
        {-20, 10, 15, -0.174533, {-0.0031, -0.3966, 0}}, // hip in all three axes
        {70, -15, -30, -0.349066, {-0.001, -0.3976, 0}},
    };
    const std::vector<std::pair<const char*, const std::vector<HandPoint>*>> muscles{
        {"semimembranosus", &kSemimem},
        {"semitendinosus", &kSemiten},
        {"biceps_femoris_long_head", &kBifemlh},
        {"biceps_femoris_short_head", &kBifemsh}};
    for (const HandPose& hp : poses) {
        for (const auto& [id, path] : muscles) {
            CAPTURE(id);
            CAPTURE(hp.hip_flex_deg);
            CAPTURE(hp.q);
            // Sub-millimetre is the requirement; the two computations agree far closer.
            CHECK(std::abs(av::mtuLength(muscle(id), toPose(hp)) - handLength(*path, hp)) < 1e-6);
        }
    }
}

TEST_CASE("motion: conditional path points are on the path only inside their knee range") {
    const auto& st = muscle("semitendinosus");
    CHECK(av::activePathPoints(st, av::Pose{0, 0, 0, 10.0}).size() == 5);
    CHECK(av::activePathPoints(st, av::Pose{0, 0, 0, 25.0}).size() == 4);  // past 19.0° of flexion
    CHECK(av::activePathPoints(st, av::Pose{0, 0, 0, -9.0}).size() == 5);  // 10° hyperextension is the edge
    const auto& sm = muscle("semimembranosus");
    CHECK(av::activePathPoints(sm, av::Pose{0, 0, 0, 30.0}).size() == 3);
    CHECK(av::activePathPoints(sm, av::Pose{0, 0, 0, 34.0}).size() == 2);  // past 32.0°
    // The display path keeps every point, on the straight line when off, so its length is the same.
    const av::Pose flexed{30, 0, 0, 80};
    const std::vector<Eigen::Vector3d> display = av::displayPathPoints(st, flexed);
    REQUIRE(display.size() == 5);
    double length = 0;
    for (std::size_t i = 1; i < display.size(); ++i) length += (display[i] - display[i - 1]).norm();
    CHECK(length == doctest::Approx(av::mtuLength(st, flexed)).epsilon(1e-12));
    // It moves continuously as a conditional point switches off (semimembranosus at 32.0° of flexion).
    const auto& smm = muscle("semimembranosus");
    const double edge = 0.558505 / kDeg;
    const std::vector<Eigen::Vector3d> on = av::displayPathPoints(smm, av::Pose{0, 0, 0, edge - 1e-6});
    const std::vector<Eigen::Vector3d> off = av::displayPathPoints(smm, av::Pose{0, 0, 0, edge + 1e-6});
    CHECK(av::activePathPoints(smm, av::Pose{0, 0, 0, edge + 1e-6}).size() == 2);
    for (std::size_t i = 0; i < on.size(); ++i) CHECK((on[i] - off[i]).norm() < 1e-3);  // the point is 0.4 mm off the line as it switches
    // Origin at the ischium in the atlas frame, fixed with the pelvis.
    CHECK((display.front() - Eigen::Vector3d(-0.12635, -0.10988, 0.06039)).norm() < 1e-15);
}

TEST_CASE("motion: hamstring moment arms are positive and of published size") {
    // Published hamstring moment arms are a few centimetres (see docs/validation.md): hip extension
    // about 2-8 cm, knee flexion about 1-6 cm. The short head does not cross the hip.
    for (double hip : {-30.0, 0.0, 30.0, 60.0, 90.0}) {
        for (double knee : {0.0, 30.0, 60.0, 90.0}) {
            for (const av::gait2392::MuscleDefinition& m : av::gait2392::hamstrings()) {
                CAPTURE(m.id);
                CAPTURE(hip);
                CAPTURE(knee);
                const av::MomentArms arms = av::momentArms(m, av::Pose{hip, 0, 0, knee});
                if (m.id == "biceps_femoris_short_head") {
                    CHECK(std::abs(arms.hip_extension_m) < 1e-9);
                } else {
                    CHECK(arms.hip_extension_m > 0.015);
                    CHECK(arms.hip_extension_m < 0.08);
                }
                CHECK(arms.knee_flexion_m > 0.01);
                CHECK(arms.knee_flexion_m < 0.06);
            }
        }
    }
}

TEST_CASE("motion: moment arms are the derivative of length (independent large-step check)") {
    const auto& bf = muscle("biceps_femoris_long_head");
    const av::Pose p{40, 5, 10, 50};
    const double h = 0.5;  // degrees
    const double dHip = (av::mtuLength(bf, {p.hip_flexion_deg + h, 5, 10, 50}) -
                         av::mtuLength(bf, {p.hip_flexion_deg - h, 5, 10, 50})) / (2 * h * kDeg);
    const double dKnee = (av::mtuLength(bf, {40, 5, 10, p.knee_flexion_deg + h}) -
                          av::mtuLength(bf, {40, 5, 10, p.knee_flexion_deg - h})) / (2 * h * kDeg);
    const av::MomentArms arms = av::momentArms(bf, p);
    CHECK(arms.hip_extension_m == doctest::Approx(dHip).epsilon(1e-4));
    CHECK(arms.knee_flexion_m == doctest::Approx(-dKnee).epsilon(1e-4));
}

TEST_CASE("motion: moment arms do not spike where a conditional point switches") {
    const auto& sm = muscle("semimembranosus");
    const double edge = 0.558505 / kDeg;  // 32.0° of knee flexion
    const av::MomentArms before = av::momentArms(sm, av::Pose{0, 0, 0, edge - 1e-4});
    const av::MomentArms after = av::momentArms(sm, av::Pose{0, 0, 0, edge + 1e-4});
    CHECK(before.knee_flexion_m > 0.01);
    CHECK(before.knee_flexion_m < 0.06);
    CHECK(after.knee_flexion_m > 0.01);
    CHECK(after.knee_flexion_m < 0.06);
}

TEST_CASE("motion: hamstrings lengthen with hip flexion and shorten with knee flexion") {
    for (const av::gait2392::MuscleDefinition& m : av::gait2392::hamstrings()) {
        CAPTURE(m.id);
        const double neutral = av::mtuLength(m, av::Pose{});
        CHECK(av::mtuLength(m, av::Pose{0, 0, 0, 60}) < neutral - 0.02);
        if (m.id != "biceps_femoris_short_head") CHECK(av::mtuLength(m, av::Pose{60, 0, 0, 0}) > neutral + 0.04);
    }
}

TEST_CASE("motion: proximal tendon strain takes the larger of the conjoint units") {
    std::vector<av::MuscleState> states(4);
    states[0].id = "semimembranosus";
    states[0].tendon_strain = 0.01;
    states[1].id = "semitendinosus";
    states[1].tendon_strain = 0.03;
    states[2].id = "biceps_femoris_long_head";
    states[2].tendon_strain = 0.02;
    states[3].id = "biceps_femoris_short_head";
    states[3].tendon_strain = 0.05;
    const av::ProximalTendonStrain p = av::proximalTendonStrain(states);
    CHECK(p.conjoint == 0.03);
    CHECK(p.semimembranosus == 0.01);
}
