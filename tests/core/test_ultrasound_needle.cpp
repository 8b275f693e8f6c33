// The needle planner on the shipped atlas: the preset path, each warning, in-plane, the report's fields,
// the tuberosity-nerve gap with hip flexion, and the needle in the image.
#include "core/ultrasound/needle_report.h"
#include "ultrasound_test_support.h"

#include <Eigen/Geometry>

namespace {

using Eigen::Vector3d;

constexpr const char* kTransverse = "ischial_tuberosity_transverse";

av::Needle presetNeedle() {
    const auto seated = av::seatNeedlePreset(ustest::neutralScene(), *ustest::presets().needle("lateral_to_medial"));
    REQUIRE(seated);
    return seated->needle;
}

av::NeedlePlan plan(const av::Needle& needle, const av::NeedlePlanOptions& options = {}) {
    return av::planNeedle(ustest::neutralScene(), needle, ustest::seatedPreset(kTransverse),
                          ustest::presetSettings(kTransverse), options);
}

// A point inside a structure: the centre of its vertices nearest to `near`.
Vector3d insideNear(const std::string& id, const Vector3d& near) {
    const av::Mesh& mesh = ustest::neutralScene().mesh(ustest::indexOf(id));
    std::vector<std::pair<double, Vector3d>> byDistance;
    for (const auto& v : mesh.positions) {
        const Vector3d p(v[0], v[1], v[2]);
        byDistance.emplace_back((p - near).norm(), p);
    }
    std::sort(byDistance.begin(), byDistance.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    Vector3d sum = Vector3d::Zero();
    for (int i = 0; i < 40; ++i) sum += byDistance[i].second;
    const Vector3d centre = sum / 40;
    REQUIRE(ustest::neutralScene().bvh(ustest::indexOf(id)).contains(centre));
    return centre;
}

}  // namespace

TEST_CASE("needle planner: the preset path ends in the bursa with no warnings and crosses gluteus maximus") {
    const av::NeedlePlan result = plan(presetNeedle());
    INFO(av::needleReportJson(result).dump(2));
    CHECK(result.warnings.empty());
    CHECK(result.tipStructure == "ischiogluteal_bursa");
    REQUIRE(result.tipToTargetMm);
    CHECK(*result.tipToTargetMm == 0.0);
    REQUIRE(result.crossed.size() >= 3);
    CHECK(result.crossed.front() == "skin");
    CHECK(std::find(result.crossed.begin(), result.crossed.end(), "gluteus_maximus") != result.crossed.end());
    CHECK(result.crossed.back() == "ischiogluteal_bursa");
    REQUIRE(result.minNerveDistanceMm);
    CHECK(*result.minNerveDistanceMm > 5.0);
    REQUIRE(result.inPlane);
    CHECK(*result.inPlane);
}

TEST_CASE("needle planner: a needle aimed at the nerve warns near_nerve") {
    const av::Needle preset = presetNeedle();
    // From the same entry to the sciatic nerve at the level of the bursa.
    const av::Needle atNerve{preset.entry, insideNear("sciatic_nerve", Vector3d(-0.107, -0.113, 0.089))};
    const av::NeedlePlan result = plan(atNerve);
    CHECK(result.warns("near_nerve"));
    CHECK(result.nearestNerve == "sciatic_nerve");
    CHECK(*result.minNerveDistanceMm == 0.0);
    CHECK(result.tipStructure == "sciatic_nerve");
    // Stopping 3 mm short of the nerve's surface still warns, with the default 5 mm; a 2 mm limit does not.
    const av::TriangleBvh& nerve = ustest::neutralScene().bvh(ustest::indexOf("sciatic_nerve"));
    const Vector3d direction = (atNerve.tip - atNerve.entry).normalized();
    Vector3d tip = atNerve.entry;
    while (nerve.distanceToSegment(atNerve.entry, tip + direction * 1e-4).distance > 0.003) tip += direction * 1e-4;
    const av::NeedlePlan shortOf = plan({atNerve.entry, tip});
    CHECK(shortOf.warns("near_nerve"));
    CHECK(*shortOf.minNerveDistanceMm == doctest::Approx(3.0).epsilon(0.05));
    av::NeedlePlanOptions strict;
    strict.nearNerveMm = 2;
    CHECK_FALSE(plan({atNerve.entry, tip}, strict).warns("near_nerve"));
}

TEST_CASE("needle planner: a tip in the tendon warns in_tendon; through the bone, through_bone") {
    const av::Needle preset = presetNeedle();
    const av::NeedlePlan inTendon = plan({preset.entry, insideNear("conjoint_tendon", Vector3d(-0.113, -0.125, 0.062))});
    CHECK(inTendon.tipStructure == "conjoint_tendon");
    CHECK(inTendon.warns("in_tendon"));
    // The tuberosity's axis (docs/sources.md, landmark table): deep in the bone.
    const Vector3d bone(-0.1219, -0.0968, 0.0589);
    REQUIRE(ustest::neutralScene().bvh(ustest::indexOf("pelvis")).contains(bone));
    const av::NeedlePlan intoBone = plan({preset.entry, bone});
    CHECK(intoBone.warns("through_bone"));
    CHECK(intoBone.tipStructure == "pelvis");
}

TEST_CASE("needle planner: a tip that went through the bursa and out warns beyond_target") {
    const av::Needle preset = presetNeedle();
    const Vector3d direction = (preset.tip - preset.entry).normalized();
    const av::NeedlePlan result = plan({preset.entry, preset.tip + direction * 0.012});
    CHECK(result.warns("beyond_target"));
    CHECK(result.tipToTargetMm > 0.0);
    CHECK(std::find(result.crossed.begin(), result.crossed.end(), "ischiogluteal_bursa") != result.crossed.end());
}

TEST_CASE("needle planner: a needle 5 mm out of the image plane is not in plane") {
    const av::Needle preset = presetNeedle();
    const Vector3d shift = ustest::seatedPreset(kTransverse).elevation() * 0.005;
    const av::NeedlePlan result = plan({preset.entry + shift, preset.tip + shift});
    REQUIRE(result.inPlane);
    CHECK_FALSE(*result.inPlane);
    // The preset lies within 0.2 mm of the plane (the probe is seated on the skin's own normal).
    CHECK(result.planeOffsetMm == doctest::Approx(5.0).epsilon(0.05));
    // Without a probe there is no plane to be in.
    CHECK_FALSE(av::planNeedle(ustest::neutralScene(), preset, std::nullopt, {}).inPlane);
}

TEST_CASE("needle planner: the report gives the contract's fields") {
    const nlohmann::json report = av::needleReportJson(plan(presetNeedle()));
    for (const char* key : {"entry_m", "tip_m", "crossed", "tip_structure", "tip_to_bursa_mm", "min_nerve_distance_mm",
                            "tuberosity_to_nerve_mm", "in_plane", "warnings"})
        CHECK(report.contains(key));
    CHECK(report["entry_m"].size() == 3);
    CHECK(report["tip_structure"] == "ischiogluteal_bursa");
    CHECK(report["in_plane"] == true);
    CHECK(report["warnings"].is_array());
    const nlohmann::json warned = av::needleReportJson(plan({presetNeedle().entry, Vector3d(-0.1219, -0.0968, 0.0589)}));
    REQUIRE_FALSE(warned["warnings"].empty());
    CHECK(warned["warnings"][0].contains("kind"));
    CHECK(warned["warnings"][0]["message"].get<std::string>().size() > 10);
}

TEST_CASE("needle planner: the tuberosity-nerve gap grows from prone to side-lying with the hip flexed 90 degrees") {
    av::PosedScene scene(ustest::atlas());
    const auto prone = av::tuberosityToNerveMm(scene);
    av::Pose flexed;
    flexed.hip_flexion_deg = 90;
    scene.update(flexed, 0.0, false);
    const auto sideLying = av::tuberosityToNerveMm(scene);
    REQUIRE(prone);
    REQUIRE(sideLying);
    INFO("prone " << *prone << " mm, hip flexed 90 degrees " << *sideLying << " mm");
    CHECK(*prone > 5.0);
    CHECK(*sideLying > *prone + 1.0);
}

TEST_CASE("ultrasound: the needle shows as a bright line in plane and not out of it") {
    const av::Probe probe = ustest::seatedPreset(kTransverse);
    const av::UltrasoundSettings settings = ustest::presetSettings(kTransverse);
    const av::Needle needle = presetNeedle();
    const Vector3d shift = probe.elevation() * 0.006;
    const av::UltrasoundImage without = ustest::image(probe, settings);
    const av::UltrasoundImage inPlane = ustest::image(probe, settings, nullptr, needle);
    const av::UltrasoundImage outOfPlane = ustest::image(probe, settings, nullptr, av::Needle{needle.entry + shift, needle.tip + shift});
    ustest::dumpPgm(inPlane, "needle_in_plane");
    // Pixels within 0.5 mm of the shaft, in the image plane, from 10 mm below the skin to 5 mm short of the tip.
    auto alongShaft = [&](const av::UltrasoundImage& image) {
        int count = 0;
        const Vector3d a = needle.entry, b = needle.tip;
        return ustest::meanWhere(image, probe, settings, [&](const Vector3d& p, double, double y) {
            const double s = (p - a).dot(b - a) / (b - a).squaredNorm();
            return y > 10 && s > 0 && s < 1 - 0.005 / (b - a).norm() && (a + s * (b - a) - p).norm() < 0.0005;
        }, count);
    };
    const double base = alongShaft(without), shown = alongShaft(inPlane), hidden = alongShaft(outOfPlane);
    INFO("along the shaft: without a needle " << base << ", in plane " << shown << ", 6 mm out of plane " << hidden);
    CHECK(shown > base + 60);
    CHECK(hidden < base + 10);
}
