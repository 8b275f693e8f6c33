// Thelen 2003 curves and the static fibre-tendon equilibrium.
#include "core/motion/equilibrium.h"
#include "core/motion/muscle_paths.h"
#include "core/motion/muscle_report.h"
#include "core/motion/muscle_state.h"
#include "core/motion/strain_map.h"
#include "core/motion/thelen_curves.h"

#include <doctest/doctest.h>

#include <cmath>

namespace {

const av::gait2392::MuscleDefinition& muscle(const char* id) {
    const av::gait2392::MuscleDefinition* m = av::findMuscle(id);
    REQUIRE(m != nullptr);
    return *m;
}

constexpr double e0 = 0.033;

}  // namespace

TEST_CASE("motion: tendon force-strain has its toe region, reaches 1 at e0 and is zero when slack") {
    CHECK(av::thelen::tendonForce(-0.01, e0) == 0.0);
    CHECK(av::thelen::tendonForce(0.0, e0) == 0.0);
    CHECK(av::thelen::tendonForce(e0, e0) == doctest::Approx(1.0).epsilon(1e-12));
    const double E = std::exp(3.0);
    const double eToe = 99.0 * e0 * E / (166.0 * E - 67.0);
    CHECK(eToe / e0 == doctest::Approx(0.609).epsilon(1e-3));
    // 0.33 at the end of the toe region, continuous in value and slope there.
    CHECK(av::thelen::tendonForce(eToe, e0) == doctest::Approx(0.33).epsilon(1e-12));
    const double h = 1e-7;
    const double below = (av::thelen::tendonForce(eToe, e0) - av::thelen::tendonForce(eToe - h, e0)) / h;
    const double above = (av::thelen::tendonForce(eToe + h, e0) - av::thelen::tendonForce(eToe, e0)) / h;
    CHECK(below == doctest::Approx(above).epsilon(1e-4));
    CHECK(above == doctest::Approx(0.67 / (e0 - eToe)).epsilon(1e-4));
    // Exponential inside the toe region: 0.33/(E-1)*(exp(3*eps/eToe) - 1).
    CHECK(av::thelen::tendonForce(0.5 * eToe, e0) == doctest::Approx(0.33 / (E - 1) * (std::exp(1.5) - 1)));
}

TEST_CASE("motion: passive force is zero up to optimal length; active force is the Gaussian") {
    CHECK(av::thelen::passiveForceLength(0.7, 4.0, 0.6) == 0.0);
    CHECK(av::thelen::passiveForceLength(1.0, 4.0, 0.6) == 0.0);
    CHECK(av::thelen::passiveForceLength(1.01, 4.0, 0.6) > 0.0);
    CHECK(av::thelen::passiveForceLength(1.6, 4.0, 0.6) == doctest::Approx(1.0));
    CHECK(av::thelen::activeForceLength(1.0, 0.5) == 1.0);
    CHECK(av::thelen::activeForceLength(1.5, 0.5) == doctest::Approx(std::exp(-0.5)));
    CHECK(av::thelen::activeForceLength(0.5, 0.5) == doctest::Approx(std::exp(-0.5)));
}

TEST_CASE("motion: equilibrium balances tendon and fibre force") {
    for (const av::gait2392::MuscleDefinition& m : av::gait2392::hamstrings()) {
        const double h = m.optimal_fiber_length_m * std::sin(m.pennation_at_optimal_rad);
        for (double a : {0.0, 0.05, 0.3, 1.0}) {
            for (double stretch : {0.0, 0.03, 0.08, 0.15}) {
                const double L = (m.tendon_slack_length_m + m.optimal_fiber_length_m) * (1.0 + stretch);
                CAPTURE(m.id);
                CAPTURE(a);
                CAPTURE(stretch);
                const av::FiberEquilibrium eq = av::solveFiberEquilibrium(m, L, a);
                CHECK(eq.force_residual_norm < 1e-9);
                // Recomputed here from the curves: tendon force = (a f_L + f_PE) cos(alpha).
                const double l = eq.fiber_length_m / m.optimal_fiber_length_m;
                const double cosA = std::sqrt(1.0 - std::pow(h / eq.fiber_length_m, 2));
                const double fiber = (a * std::exp(-(l - 1) * (l - 1) / 0.5) +
                                      (l > 1 ? (std::exp(4 * (l - 1) / 0.6) - 1) / (std::exp(4.0) - 1) : 0.0)) * cosA;
                const double strain = (eq.tendon_length_m - m.tendon_slack_length_m) / m.tendon_slack_length_m;
                CHECK(av::thelen::tendonForce(strain, e0) == doctest::Approx(fiber).epsilon(1e-7));
                // Geometry: L = l_T + l_M cos(alpha), thickness kept.
                CHECK(eq.tendon_length_m + eq.fiber_length_m * cosA == doctest::Approx(L).epsilon(1e-12));
                CHECK(eq.fiber_length_m * std::sin(eq.pennation_rad) == doctest::Approx(h).epsilon(1e-9));
            }
        }
    }
}

TEST_CASE("motion: full activation at a long length strains the tendon near e0") {
    const auto& bf = muscle("biceps_femoris_long_head");
    const av::FiberEquilibrium eq = av::solveFiberEquilibrium(bf, bf.tendon_slack_length_m * 1.03 + bf.optimal_fiber_length_m, 1.0);
    CHECK(eq.tendon_strain > 0.025);
    CHECK(eq.tendon_strain < 0.04);
    CHECK(eq.tendon_force_norm > 0.8);
    CHECK_FALSE(eq.tendon_slack);
}

TEST_CASE("motion: a path too short to stretch the tendon gives strain 0") {
    const auto& sm = muscle("semimembranosus");
    // Relaxed, shorter than the slack tendon plus an optimal-length fibre: slack.
    const double L = sm.tendon_slack_length_m + 0.7 * sm.optimal_fiber_length_m;
    const av::FiberEquilibrium eq = av::solveFiberEquilibrium(sm, L, 0.0);
    CHECK(eq.tendon_slack);
    CHECK(eq.tendon_strain == 0.0);
    CHECK(eq.tendon_force_norm == 0.0);
    CHECK(eq.tendon_length_m == doctest::Approx(sm.tendon_slack_length_m));
    // Shorter than the tendon alone: still slack, strain 0, not negative.
    const av::FiberEquilibrium tiny = av::solveFiberEquilibrium(sm, 0.3, 0.0);
    CHECK(tiny.tendon_slack);
    CHECK(tiny.tendon_strain == 0.0);
    // The neutral pose, relaxed: the semimembranosus path is slack in Gait2392.
    const av::MuscleState s = av::muscleState(sm, av::Pose{}, 0.0);
    CHECK(s.tendon_strain == 0.0);
    CHECK(s.fiber_length_m + 1e-12 < sm.optimal_fiber_length_m);
}

TEST_CASE("motion: strain grows with hip flexion and activation") {
    const auto& bf = muscle("biceps_femoris_long_head");
    const double relaxed = av::muscleState(bf, av::Pose{90, 0, 0, 0}, 0.0).tendon_strain;
    const double active = av::muscleState(bf, av::Pose{90, 0, 0, 0}, 1.0).tendon_strain;
    CHECK(relaxed > av::muscleState(bf, av::Pose{30, 0, 0, 0}, 0.0).tendon_strain);
    CHECK(active > relaxed);
}

TEST_CASE("motion: the muscles report has exactly the agreed fields") {
    const nlohmann::json report = av::musclesReportJson(av::muscleStates(av::Pose{60, 0, 0, 30}, 0.5));
    REQUIRE(report.is_array());
    REQUIRE(report.size() == 4);
    const std::vector<std::string> ids{"semimembranosus", "semitendinosus", "biceps_femoris_long_head",
                                       "biceps_femoris_short_head"};
    for (std::size_t i = 0; i < 4; ++i) {
        const nlohmann::json& o = report[i];
        CHECK(o.size() == 7);
        CHECK(o.at("id") == ids[i]);
        for (const char* key : {"mtu_length_m", "fiber_length_m", "tendon_length_m", "tendon_strain",
                                "hip_extension_moment_arm_m", "knee_flexion_moment_arm_m"}) {
            CAPTURE(key);
            REQUIRE(o.contains(key));
            CHECK(o.at(key).is_number_float());
        }
        CHECK(o.at("mtu_length_m").get<double>() > 0.15);
    }
}

TEST_CASE("motion: strain map spans hip -30..120 and knee 0..120") {
    const av::StrainMap map = av::tendonStrainMap(muscle("biceps_femoris_long_head"), 0.0);
    REQUIRE(map.hip_flexion_deg.size() == 16);
    REQUIRE(map.knee_flexion_deg.size() == 13);
    CHECK(map.tendon_strain.size() == 16 * 13);
    CHECK(map.hip_flexion_deg.front() == -30.0);
    CHECK(map.hip_flexion_deg.back() == 120.0);
    CHECK(map.knee_flexion_deg.back() == 120.0);
    CHECK(map.hip_flexion_deg[3] == doctest::Approx(0.0));
    // Most stretched with the hip flexed and the knee straight; slack in the opposite corner.
    CHECK(map.at(15, 0) > 0.02);
    CHECK(map.at(0, 12) == 0.0);
    CHECK(map.at(15, 0) > map.at(15, 12));
    // Matches a direct computation.
    const auto& bf = muscle("biceps_femoris_long_head");
    CHECK(map.at(12, 2) == av::muscleState(bf, av::Pose{90, 0, 0, 20}, 0.0).tendon_strain);
    const av::StrainMap coarse = av::tendonStrainMap(bf, 0.2, 1, 1);  // at least 2 per axis
    CHECK(coarse.tendon_strain.size() == 4);
}
