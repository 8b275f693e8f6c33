// The ultrasound in the scene model, without a display: the scanner's settings and the pathologies as state
// changed by actions, the presets seated on the skin, the image worked out only when something it depends on
// changed, the image plane, the lesions and the needle's colour in the render list.
#include "core/instruments/seating.h"
#include "core/palette.h"
#include "core/ultrasound/settings_limits.h"
#include "shipped_model.h"

#include <doctest/doctest.h>

#include <Eigen/Eigenvalues>

#include <cmath>

namespace {

using av::test::indexOf;

constexpr const char* kTransverse = "ischial_tuberosity_transverse";

struct Scanning {
    const av::test::Shipped& shipped = av::test::shippedWithMeshes();
    av::ViewerModel model{shipped.atlas, shipped.content};
    const av::ViewerState& state = model.state();
    std::size_t index(const std::string& id) const { return indexOf(shipped.atlas, id); }
};

bool sameColor(const av::Rgb& a, const std::array<float, 3>& b) {
    return std::abs(a[0] - b[0]) < 1e-6 && std::abs(a[1] - b[1]) < 1e-6 && std::abs(a[2] - b[2]) < 1e-6;
}

// The direction of a point cloud's least spread (its smallest principal axis): a bursa's thickness.
Eigen::Vector3d thinnestAxis(const std::vector<av::Vec3f>& points) {
    Eigen::Vector3d mean = Eigen::Vector3d::Zero();
    for (const auto& p : points) mean += Eigen::Vector3d(p[0], p[1], p[2]);
    mean /= double(points.size());
    Eigen::Matrix3d covariance = Eigen::Matrix3d::Zero();
    for (const auto& p : points) {
        const Eigen::Vector3d d = Eigen::Vector3d(p[0], p[1], p[2]) - mean;
        covariance += d * d.transpose();
    }
    return Eigen::SelfAdjointEigenSolver<Eigen::Matrix3d>(covariance).eigenvectors().col(0);  // ascending
}

// The extent of a set of points along a direction.
double extentAlong(const std::vector<av::Vec3f>& points, const Eigen::Vector3d& direction) {
    double lo = 1e30, hi = -1e30;
    for (const auto& p : points) {
        const double x = Eigen::Vector3d(p[0], p[1], p[2]).dot(direction);
        lo = std::min(lo, x);
        hi = std::max(hi, x);
    }
    return hi - lo;
}

}  // namespace

TEST_CASE("ultrasound model: the scanner's settings are state, set by an action and clamped to the limits") {
    Scanning s;
    CHECK(s.state.ultrasound.depthCm == av::UltrasoundSettings{}.depthCm);
    av::UltrasoundSettings wanted;
    wanted.depthCm = 100;
    wanted.frequencyMhz = 12;
    wanted.gainDb = -5;
    wanted.tgcDb = {1, 2, 3};
    CHECK(s.model.apply(av::act::SetUltrasound{wanted}).changed);
    CHECK(s.state.ultrasound.depthCm == av::kUltrasoundLimits.maxDepthCm);
    CHECK(s.state.ultrasound.frequencyMhz == 12);
    CHECK(s.state.ultrasound.gainDb == -5);
    REQUIRE(s.state.ultrasound.tgcDb.size() == std::size_t(av::kUltrasoundLimits.tgcSliders));
    CHECK(s.state.ultrasound.tgcDb[2] == 3);
    CHECK(s.state.ultrasound.tgcDb[5] == 0);
}

TEST_CASE("ultrasound model: a probe preset seats the probe on the skin with the preset's scanner settings") {
    Scanning s;
    CHECK_FALSE(s.model.apply(av::act::UseProbePreset{"no_such_preset"}).changed);
    CHECK_FALSE(s.state.instruments.probe);
    const av::Effects effects = s.model.apply(av::act::UseProbePreset{kTransverse});
    CHECK(effects.instrumentsChanged);
    REQUIRE(s.state.instruments.probe);
    const av::ProbePreset& preset = *s.shipped.content.instrumentPresets.probe(kTransverse);
    CHECK(s.state.instruments.probe->type == preset.type);
    CHECK(av::skinGapMm(s.model.scene(), s.state.instruments.probe->position) <= 2.0);
    CHECK(s.state.ultrasound.depthCm == preset.depthCm);
    CHECK(s.state.ultrasound.frequencyMhz == preset.frequencyMhz);
    CHECK(s.state.probePreset == kTransverse);
    // Moved by hand, it no longer stands where the preset put it.
    s.model.apply(av::act::MoveProbe{2, 0, 0, 0});
    CHECK(s.state.probePreset.empty());
}

TEST_CASE("ultrasound model: a needle preset brings its probe when none is placed, and keeps one that is") {
    Scanning s;
    s.model.apply(av::act::UseNeedlePreset{"lateral_to_medial"});
    REQUIRE(s.state.instruments.needle);
    REQUIRE(s.state.instruments.probe);
    CHECK(s.state.probePreset == kTransverse);
    CHECK(s.state.needlePreset == "lateral_to_medial");
    s.model.apply(av::act::ClearNeedle{});
    CHECK(s.state.needlePreset.empty());
    s.model.apply(av::act::UseProbePreset{"ischial_tuberosity_longitudinal"});
    s.model.apply(av::act::UseNeedlePreset{"lateral_to_medial"});
    CHECK(s.state.probePreset == "ischial_tuberosity_longitudinal");
}

TEST_CASE("ultrasound model: the image is worked out once, and again only when the probe, settings or pose change") {
    Scanning s;
    CHECK_FALSE(s.model.ultrasoundImage());
    CHECK_FALSE(s.model.renderList().ultrasound);
    CHECK(s.model.renderList().ultrasoundVersion == 0);
    s.model.apply(av::act::UseProbePreset{kTransverse});
    const auto first = s.model.ultrasoundImage();
    REQUIRE(first);
    CHECK(first->depthMm == doctest::Approx(s.state.ultrasound.depthCm * 10));
    CHECK(first->columns == s.state.ultrasound.columns);
    CHECK(s.model.ultrasoundImage() == first);  // asked again: the same image
    s.model.apply(av::act::Hover{"femur"});
    s.model.apply(av::act::SetXray{true});
    CHECK(s.model.ultrasoundImage() == first);  // what the screen shows does not change the scan
    av::UltrasoundSettings deeper = s.state.ultrasound;
    deeper.depthCm += 2;
    s.model.apply(av::act::SetUltrasound{deeper});
    const auto second = s.model.ultrasoundImage();
    CHECK(second != first);
    CHECK(second->depthMm == doctest::Approx(deeper.depthCm * 10));
    s.model.apply(av::act::MoveProbe{3, 0, 0, 0});
    CHECK(s.model.ultrasoundImage() != second);
    s.model.apply(av::act::ClearProbe{});
    CHECK_FALSE(s.model.ultrasoundImage());
}

TEST_CASE("ultrasound model: the render list carries the image in the probe's plane, a fan with its mask") {
    Scanning s;
    s.model.apply(av::act::UseProbePreset{kTransverse});
    const av::RenderList list = s.model.renderList();
    REQUIRE(list.ultrasound);
    CHECK(list.ultrasoundVersion != 0);
    const av::UltrasoundPlaneDrawing& plane = *list.ultrasound;
    REQUIRE(plane.image);
    const av::Probe& probe = *s.state.instruments.probe;
    const av::ScanGeometry geometry(probe, s.state.ultrasound);
    // Row 0 runs across the skin through the probe's centre; the rows go down the beam.
    CHECK((plane.origin + plane.right / 2 - probe.position).norm() < 1e-9);
    CHECK(plane.right.normalized().dot(probe.axis) == doctest::Approx(1.0));
    CHECK(plane.down.normalized().dot(probe.beam()) == doctest::Approx(1.0));
    CHECK(plane.down.norm() == doctest::Approx(plane.image->depthMm * 1e-3));
    CHECK((plane.origin + plane.down - geometry.toWorld(-plane.image->widthMm / 2, plane.image->depthMm)).norm() < 1e-9);
    // A curvilinear image: its top corners lie outside the fan, its centre inside.
    REQUIRE(plane.alpha);
    const int columns = plane.image->columns, rows = plane.image->rows;
    CHECK((*plane.alpha)[0] == 0);
    CHECK((*plane.alpha)[std::size_t(rows / 2) * columns + columns / 2] == 255);
    // A linear probe covers its whole image.
    s.model.apply(av::act::SetProbeType{av::ProbeType::Linear});
    const av::RenderList linear = s.model.renderList();
    REQUIRE(linear.ultrasound);
    CHECK_FALSE(linear.ultrasound->alpha);
    CHECK(linear.ultrasoundVersion != list.ultrasoundVersion);
    CHECK(linear.ultrasound->image->widthMm == doctest::Approx(av::kLinearFootprintMm));
}

TEST_CASE("ultrasound model: the needle's colour says what its plan warns about") {
    Scanning s;
    s.model.apply(av::act::UseNeedlePreset{"lateral_to_medial"});
    const av::NeedlePlan* clear = s.model.needlePlan();
    REQUIRE(clear);
    CHECK(clear->warnings.empty());
    REQUIRE(s.model.renderList().needle);
    CHECK(sameColor(s.model.renderList().needle->color, av::palette::kNeedleClear));
    const av::Needle preset = *s.state.instruments.needle;
    // Into the pelvis: through_bone, a danger.
    s.model.apply(av::act::PlaceNeedle{preset.entry, {-0.1219, -0.0968, 0.0589}});
    REQUIRE(s.model.needlePlan());
    CHECK(s.model.needlePlan()->warns("through_bone"));
    CHECK(sameColor(s.model.renderList().needle->color, av::palette::kNeedleDanger));
    // 6 mm on through the bursa, short of the bone: beyond_target alone, a caution.
    const Eigen::Vector3d direction = (preset.tip - preset.entry).normalized();
    s.model.apply(av::act::PlaceNeedle{preset.entry, preset.tip + direction * 0.006});
    const av::NeedlePlan* beyond = s.model.needlePlan();
    REQUIRE(beyond);
    CHECK(beyond->warns("beyond_target"));
    CHECK_FALSE(beyond->warns("near_nerve"));
    CHECK_FALSE(beyond->warns("through_bone"));
    CHECK(sameColor(s.model.renderList().needle->color, av::palette::kNeedleCaution));
    CHECK(av::isDangerWarning("near_nerve"));
    CHECK_FALSE(av::isDangerWarning("in_tendon"));
}

TEST_CASE("ultrasound model: the nerve margin is adjustable: widened past the preset path's distance, it warns") {
    Scanning s;
    s.model.apply(av::act::UseNeedlePreset{"lateral_to_medial"});
    const av::NeedlePlan* plan = s.model.needlePlan();
    REQUIRE(plan);
    REQUIRE(plan->minNerveDistanceMm);
    const double distance = *plan->minNerveDistanceMm;
    CHECK(distance > s.state.nearNerveMm);
    CHECK_FALSE(plan->warns("near_nerve"));
    const std::uint64_t drawn = s.model.renderList().instrumentsVersion;
    REQUIRE(distance + 1 <= av::kUltrasoundLimits.maxNearNerveMm);
    CHECK(s.model.apply(av::act::SetNearNerveMargin{distance + 1}).changed);
    CHECK(s.state.nearNerveMm == doctest::Approx(distance + 1));
    REQUIRE(s.model.needlePlan());
    CHECK(s.model.needlePlan()->warns("near_nerve"));
    // The needle is drawn again, in the danger colour.
    CHECK(s.model.renderList().instrumentsVersion != drawn);
    CHECK(sameColor(s.model.renderList().needle->color, av::palette::kNeedleDanger));
    // Clamped to the limits; a NaN changes nothing.
    s.model.apply(av::act::SetNearNerveMargin{100});
    CHECK(s.state.nearNerveMm == av::kUltrasoundLimits.maxNearNerveMm);
    CHECK_FALSE(s.model.apply(av::act::SetNearNerveMargin{std::nan("")}).changed);
}

TEST_CASE("pathology: bursitis distends the bursa on screen and in the queries; off, it is back as it was") {
    Scanning s;
    const std::size_t bursa = s.index("ischiogluteal_bursa");
    const av::Mesh healthy = s.model.scene().mesh(bursa);
    const Eigen::Vector3d thickness = thinnestAxis(healthy.positions);
    const av::TriangleBvh* pelvisBvh = &s.model.scene().bvh(s.index("pelvis"));
    CHECK_FALSE(s.model.renderList().structures[bursa].posed->deformed);
    const std::uint64_t before = s.model.scene().version();
    const av::Effects effects = s.model.apply(av::act::SetPathology{{av::Pathology::Bursitis}});
    CHECK(effects.changed);
    CHECK(effects.poseChanged);
    CHECK(s.model.scene().version() != before);
    CHECK(s.state.pathology.count(av::Pathology::Bursitis));
    // On screen: the bursa, carried rigidly by the pelvis, now has points of its own, further apart.
    const av::RenderList list = s.model.renderList();
    const av::PosedStructure& shown = *list.structures[bursa].posed;
    REQUIRE(shown.deformed);
    CHECK(extentAlong(shown.positions, thickness) > 1.5 * extentAlong(healthy.positions, thickness));
    // In the queries (image, planner): the full-detail mesh changed the same way.
    CHECK(extentAlong(s.model.scene().mesh(bursa).positions, thickness) > 1.5 * extentAlong(healthy.positions, thickness));
    // The structures no pathology changes keep their BVHs (no rebuilding everything on a toggle).
    CHECK(&s.model.scene().bvh(s.index("pelvis")) == pelvisBvh);
    s.model.apply(av::act::SetPathology{});
    CHECK_FALSE(s.model.renderList().structures[bursa].posed->deformed);
    CHECK(extentAlong(s.model.scene().mesh(bursa).positions, thickness) == doctest::Approx(extentAlong(healthy.positions, thickness)));
}

TEST_CASE("pathology: tendinopathy thickens the shown tendons; a partial tear draws its cleft") {
    Scanning s;
    CHECK(s.model.renderList().lesions.empty());
    CHECK(s.model.renderList().lesionsVersion == 0);
    s.model.apply(av::act::SetPathology{{av::Pathology::Tendinopathy, av::Pathology::PartialTear}});
    const av::RenderList list = s.model.renderList();
    CHECK(list.structures[s.index("conjoint_tendon")].posed->deformed);
    REQUIRE(list.lesions.size() == 1);
    CHECK(list.lesionsVersion != 0);
    REQUIRE(list.lesions.front().mesh);
    CHECK(list.lesions.front().mesh->triangles.size() > 100);
    // The cleft lies in the tendon at its origin.
    const auto& cleft = *list.lesions.front().mesh;
    Eigen::Vector3d centre = Eigen::Vector3d::Zero();
    for (const auto& p : cleft.positions) centre += Eigen::Vector3d(p[0], p[1], p[2]);
    centre /= double(cleft.positions.size());
    CHECK(s.model.scene().bvh(s.index("conjoint_tendon")).contains(centre));
    s.model.apply(av::act::SetPathology{{av::Pathology::Tendinopathy}});
    CHECK(s.model.renderList().lesions.empty());
    CHECK(s.model.renderList().lesionsVersion == 0);
}

TEST_CASE("pathology: bursitis thickens the bursa on the image's centre line") {
    Scanning s;
    s.model.apply(av::act::UseProbePreset{kTransverse});
    auto bursaOnCentreLine = [&] {
        double mm = 0;
        for (const auto& segment : s.model.ultrasoundImage()->centreLine)
            if (segment.id == "ischiogluteal_bursa") mm += segment.endMm - segment.startMm;
        return mm;
    };
    const double healthy = bursaOnCentreLine();
    s.model.apply(av::act::SetPathology{{av::Pathology::Bursitis}});
    const double distended = bursaOnCentreLine();
    INFO("bursa on the centre line: healthy " << healthy << " mm, bursitis " << distended << " mm");
    CHECK(healthy > 0);
    CHECK(distended > healthy + 3);
}

TEST_CASE("instruments: a click on a structure aims the needle into it, not at its surface") {
    Scanning s;
    const std::size_t bursa = s.index("ischiogluteal_bursa");
    const av::TriangleBvh& bvh = s.model.scene().bvh(bursa);
    const Eigen::Vector3d centre = s.shipped.content.instrumentPresets.needle("lateral_to_medial")->target;
    REQUIRE(bvh.contains(centre));
    const Eigen::Vector3d origin = centre - Eigen::Vector3d::UnitX() * 0.5;  // from behind
    const auto target = av::targetAlongRay(s.model.scene(), bursa, origin, Eigen::Vector3d::UnitX());
    REQUIRE(target);
    CHECK(bvh.contains(*target));
    CHECK_FALSE(av::targetAlongRay(s.model.scene(), bursa, origin, -Eigen::Vector3d::UnitX()));
}
