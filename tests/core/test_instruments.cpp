// Probe and needle as instruments on the posed body: seated on the skin within 2 mm whatever the pose, moved
// by actions, reported as the contract says.
#include "core/instruments/seating.h"
#include "core/scene/scene_report.h"
#include "shipped_model.h"

#include <doctest/doctest.h>
#include <Eigen/Geometry>

namespace {

using av::test::indexOf;

// The gap from a point to the skin as posed, measured on a BVH of our own, not the model's.
double skinGapMm(const av::ViewerModel& model, const Eigen::Vector3d& point) {
    const av::Atlas& atlas = model.atlas();
    const std::size_t skin = indexOf(atlas, "skin");
    av::AtlasPoser poser(atlas);
    poser.update(model.state().motion.pose, false);
    const av::Mesh posed = av::posedMesh(atlas.structures()[skin].mesh, poser.posed()[skin]);
    const av::TriangleBvh bvh(posed.positions, posed.triangles);
    return bvh.nearest(point)->distance * 1000.0;
}

bool insideSkin(const av::ViewerModel& model, const Eigen::Vector3d& point) {
    return model.scene().bvh(indexOf(model.atlas(), "skin")).contains(point);
}

}  // namespace

TEST_CASE("instruments: every tour step's probe stands on the posed skin, facing out") {
    const auto& shipped = av::test::shippedWithMeshes();
    av::ViewerModel model(shipped.atlas, shipped.content);
    int probes = 0;
    for (const auto& tour : shipped.content.tours)
        for (std::size_t step = 1; step <= tour.steps.size(); ++step) {
            model.apply(av::act::StartTour{tour.id, step});
            const auto& probe = model.state().instruments.probe;
            if (!probe) continue;
            ++probes;
            CAPTURE(tour.id);
            CAPTURE(step);
            CHECK(skinGapMm(model, probe->position) <= 2.0);
            CHECK(std::abs(probe->normal.norm() - 1) < 1e-9);
            CHECK(std::abs(probe->axis.dot(probe->normal)) < 1e-9);
            CHECK(insideSkin(model, probe->position - probe->normal * 0.005));
            CHECK_FALSE(insideSkin(model, probe->position + probe->normal * 0.005));
            if (const auto& needle = model.state().instruments.needle) CHECK(skinGapMm(model, needle->entry) <= 2.0);
        }
    CHECK(probes >= 2);
}

TEST_CASE("instruments: the probe stays on the skin when the pose changes under it") {
    const auto& shipped = av::test::shippedWithMeshes();
    av::ViewerModel model(shipped.atlas, shipped.content);
    model.apply(av::act::PlaceProbe{{-0.19, -0.11, 0.07}, Eigen::Vector3d::UnitZ()});
    REQUIRE(model.state().instruments.probe);
    for (double hip : {30.0, 60.0, 90.0}) {
        av::MotionState motion;
        motion.pose.hip_flexion_deg = hip;
        motion.pose.knee_flexion_deg = 60;
        const av::Effects effects = model.apply(av::act::SetMotion{motion});
        CHECK(effects.instrumentsChanged);
        CAPTURE(hip);
        CHECK(skinGapMm(model, model.state().instruments.probe->position) <= 2.0);
    }
}

TEST_CASE("instruments: sliding, turning and tilting the probe keep it on the skin") {
    const auto& shipped = av::test::shippedWithMeshes();
    av::ViewerModel model(shipped.atlas, shipped.content);
    CHECK_FALSE(model.apply(av::act::MoveProbe{10, 0, 0, 0}).changed);  // no probe yet
    model.apply(av::act::PlaceProbe{{-0.19, -0.11, 0.07}, Eigen::Vector3d::UnitZ()});
    const av::Probe start = *model.state().instruments.probe;
    model.apply(av::act::MoveProbe{10, 0, 0, 0});
    const av::Probe slid = *model.state().instruments.probe;
    CHECK((slid.position - start.position).norm() == doctest::Approx(0.010).epsilon(0.25));
    CHECK(skinGapMm(model, slid.position) <= 2.0);
    model.apply(av::act::MoveProbe{0, 0, 90, 0});
    const av::Probe turned = *model.state().instruments.probe;
    CHECK(std::abs(turned.axis.dot(slid.axis)) < 0.2);  // transverse became longitudinal
    model.apply(av::act::MoveProbe{0, 0, 0, 10});
    const av::Probe tilted = *model.state().instruments.probe;
    CHECK(tilted.tiltDeg == doctest::Approx(10));
    CHECK(std::acos(std::clamp(tilted.beam().dot(-tilted.normal), -1.0, 1.0)) * 180 / M_PI == doctest::Approx(10).epsilon(0.01));
    model.apply(av::act::ClearProbe{});
    CHECK_FALSE(model.state().instruments.probe);
}

TEST_CASE("instruments: the needle enters through the skin and keeps its tip; the report follows the contract") {
    const auto& shipped = av::test::shippedWithMeshes();
    av::ViewerModel model(shipped.atlas, shipped.content);
    CHECK(av::instrumentsReportJson(model)["probe"].is_null());
    CHECK(av::instrumentsReportJson(model)["needle"].is_null());
    const Eigen::Vector3d tip(-0.142, -0.105, 0.071), entry(-0.178, -0.105, 0.125);  // entry 2 cm under the skin
    model.apply(av::act::PlaceNeedle{entry, tip});
    const av::Needle& needle = *model.state().instruments.needle;
    CHECK((needle.tip - tip).norm() < 1e-12);
    CHECK(skinGapMm(model, needle.entry) <= 2.0);
    // Still on the line from the tip through the requested entry.
    CHECK((needle.entry - tip).normalized().dot((entry - tip).normalized()) == doctest::Approx(1.0));
    model.apply(av::act::PlaceProbe{{-0.19, -0.11, 0.07}, std::nullopt});
    const nlohmann::json report = av::instrumentsReportJson(model);
    for (const char* field : {"position_m", "normal", "axis", "skin_gap_mm"}) CHECK(report["probe"].contains(field));
    for (const char* field : {"entry_m", "tip_m", "entry_skin_gap_mm"}) CHECK(report["needle"].contains(field));
    CHECK(report["probe"]["skin_gap_mm"].get<double>() <= 2.0);
    CHECK(report["needle"]["tip_m"][2].get<double>() == doctest::Approx(0.071));
}

TEST_CASE("instruments: a ray from outside meets the skin where a click would seat the probe") {
    const auto& shipped = av::test::shippedWithMeshes();
    av::ViewerModel model(shipped.atlas, shipped.content);
    const auto contact = av::skinAlongRay(model.scene(), {-0.6, -0.1, 0.08}, {1, 0, 0});  // from behind
    REQUIRE(contact);
    CHECK(contact->normal.x() < -0.5);  // the buttock faces backwards
    CHECK(skinGapMm(model, contact->point) < 0.01);
    CHECK_FALSE(av::skinAlongRay(model.scene(), {-0.6, -0.1, 0.08}, {-1, 0, 0}));  // looking away
}
