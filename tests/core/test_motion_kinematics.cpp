// Gait2392 hip and knee kinematics and the per-segment transforms.
#include "core/motion/gait2392.h"
#include "core/motion/kinematics.h"

#include <doctest/doctest.h>

using av::Pose;

namespace {

bool near(const Eigen::Vector3d& a, const Eigen::Vector3d& b, double tol = 1e-12) { return (a - b).norm() <= tol; }

}  // namespace

TEST_CASE("motion: the neutral pose moves nothing") {
    const av::SegmentTransforms t = av::segmentTransforms(Pose{});
    for (std::string_view id : av::segmentIds()) {
        const auto x = t.find(id);
        REQUIRE(x.has_value());
        CHECK(x->matrix().isApprox(Eigen::Matrix4d::Identity(), 1e-12));
    }
    CHECK_FALSE(t.find("thorax").has_value());
    // Without the knee's geometry to track it, the patella moves with the tibia.
    CHECK(av::segmentTransforms(Pose{0, 0, 0, 60}).patella.isApprox(av::segmentTransforms(Pose{0, 0, 0, 60}).tibia));
}

TEST_CASE("motion: 90 degrees of hip flexion swings the femur forward about the hip centre") {
    const Eigen::Vector3d hip = av::gait2392::kHipCentreInPelvis;
    const Eigen::Vector3d knee = hip + Eigen::Vector3d(0.0, -0.4, 0.0);  // a point 40 cm below the hip, neutral
    const av::SegmentTransforms t = av::segmentTransforms(Pose{90.0, 0.0, 0.0, 0.0});
    CHECK(near(t.femur * hip, hip));
    CHECK(near(t.femur * knee, hip + Eigen::Vector3d(0.4, 0.0, 0.0)));  // now 40 cm anterior
    CHECK(near(t.pelvis * knee, knee));                                 // the pelvis stays
}

TEST_CASE("motion: hip adduction and internal rotation turn the right femur the anatomical way") {
    const Eigen::Vector3d hip = av::gait2392::kHipCentreInPelvis;
    const Eigen::Vector3d distal = hip + Eigen::Vector3d(0.0, -0.4, 0.0);
    // Adduction brings the distal right femur medially (towards -Z).
    CHECK((av::segmentTransforms(Pose{0, 20, 0, 0}).femur * distal).z() < hip.z() - 0.1);
    // Internal rotation turns an anterior point medially.
    const Eigen::Vector3d anterior = hip + Eigen::Vector3d(0.05, 0.0, 0.0);
    CHECK((av::segmentTransforms(Pose{0, 0, 30, 0}).femur * anterior).z() < hip.z() - 0.02);
}

TEST_CASE("motion: the hip rotations are body-fixed Z, then X, then Y") {
    // With 90 degrees of flexion first, a following adduction about the femur's own X axis (now pointing
    // superior-ish in the pelvis) moves the distal femur medially, not up.
    const Eigen::Isometry3d x = av::femurToPelvis(Pose{90.0, 30.0, 0.0, 0.0});
    const Eigen::Vector3d distal = x * Eigen::Vector3d(0.0, -0.4, 0.0) - av::gait2392::kHipCentreInPelvis;
    CHECK(distal.x() == doctest::Approx(0.4 * std::cos(av::degToRad(30.0))));
    CHECK(distal.y() == doctest::Approx(0.0).epsilon(1e-12));
    CHECK(distal.z() == doctest::Approx(-0.4 * std::sin(av::degToRad(30.0))));
}

TEST_CASE("motion: the tibia origin follows the knee splines in the femur frame") {
    // At q = 0 the tibia origin is (tx(0), ty(0), 0) in the femur frame and the axes are aligned.
    const Eigen::Isometry3d atZero = av::tibiaToFemur(0.0);
    CHECK(near(atZero.translation(), av::tibiaOriginInFemur(0.0)));
    CHECK(atZero.linear().isApprox(Eigen::Matrix3d::Identity()));
    CHECK(av::tibiaOriginInFemur(0.0).z() == 0.0);
    // At q = -0.349066 (a knot of both splines, 20 degrees of flexion) the values are the knots'.
    const Eigen::Isometry3d at20 = av::tibiaToFemur(-0.349066);
    CHECK(near(at20.translation(), Eigen::Vector3d(-0.001, -0.3976, 0.0), 1e-12));
    // Rotation about Z by q: the tibia's long axis (-Y) swings posteriorly (-X) in flexion.
    CHECK((at20.linear() * Eigen::Vector3d(0, -1, 0)).x() < 0.0);
    // tibiaToPelvis composes the hip and knee.
    const Pose p{30.0, 5.0, -10.0, 20.0};
    CHECK(av::tibiaToPelvis(p).matrix().isApprox((av::femurToPelvis(p) * av::tibiaToFemur(av::kneeAngleR(p))).matrix()));
}

TEST_CASE("motion: knee flexion carries the ankle backwards and up") {
    const Eigen::Vector3d ankleInTibia(0.0, -0.43, 0.0);
    const Eigen::Vector3d ankleNeutral = av::tibiaToPelvis(Pose{}) * ankleInTibia;
    const av::SegmentTransforms t = av::segmentTransforms(Pose{0, 0, 0, 90.0});
    const Eigen::Vector3d ankleFlexed = t.tibia * ankleNeutral;
    CHECK(near(ankleFlexed, av::tibiaToPelvis(Pose{0, 0, 0, 90.0}) * ankleInTibia));
    CHECK(ankleFlexed.x() < ankleNeutral.x() - 0.35);
    CHECK(ankleFlexed.y() > ankleNeutral.y() + 0.35);
    CHECK(t.femur.matrix().isApprox(Eigen::Matrix4d::Identity()));  // the femur stays
}

TEST_CASE("motion: left segments mirror the right leg") {
    const Pose p{60.0, 10.0, 15.0, 45.0};
    const av::SegmentTransforms t = av::segmentTransforms(Pose{}, p);
    const Eigen::Vector3d rightPoint(0.02, -0.3, 0.09);
    const Eigen::Vector3d leftPoint(0.02, -0.3, -0.09);
    const Eigen::Vector3d rightPosed = av::segmentTransforms(p).tibia * rightPoint;
    const Eigen::Vector3d leftPosed = t.tibia_left * leftPoint;
    CHECK(near(leftPosed, Eigen::Vector3d(rightPosed.x(), rightPosed.y(), -rightPosed.z())));
    CHECK(t.tibia.matrix().isApprox(Eigen::Matrix4d::Identity()));  // the right leg stays neutral
    CHECK(t.femur_left.linear().determinant() == doctest::Approx(1.0));  // a rotation, not a reflection
}
