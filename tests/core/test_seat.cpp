// Sitting: sit_down ends on a seat under the buttock, and the render list shows where it presses (the sit bone
// and the tendon origin glow and are labelled first); off the seat, none of it shows.
#include "core/motion/animations.h"
#include "core/palette.h"
#include "core/scene/seat.h"
#include "shipped_model.h"

#include <doctest/doctest.h>

namespace {

using av::test::indexOf;

av::MotionState sitDown(double time) {
    av::MotionState motion;
    motion.animation = "sit_down";
    motion.time = time;
    return motion;
}

double lowest(const av::Mesh& mesh) {
    double y = 1e9;
    for (const auto& v : mesh.positions) y = std::min(y, double(v[1]));
    return y;
}

}  // namespace

TEST_CASE("seat: sit_down ends on a seat that touches the buttock under the sit bone") {
    const av::test::Shipped& shipped = av::test::shippedWithMeshes();
    av::ViewerModel model{shipped.atlas, shipped.content};
    const double end = av::findAnimation("sit_down").animation->durationSeconds();
    model.apply(av::act::SetMotion{sitDown(end)});
    REQUIRE(model.state().motion.sitting == doctest::Approx(1.0));
    // Both legs sit (the motion file's both_legs): the left femur has swung forward like the right.
    CHECK(model.state().motion.bothLegs);
    const Eigen::Isometry3d left = model.scene().posed(indexOf(shipped.atlas, "femur_left")).rigid;
    CHECK_FALSE(left.isApprox(Eigen::Isometry3d::Identity(), 1e-6));  // it stands still without both_legs
    const auto seat = av::seatContact(model.scene(), model.state().motion.sitting);
    REQUIRE(seat);
    REQUIRE(seat->seat);
    // Its top is the seat mesh's top, below the sit bone, touching the skin under it without cutting into it.
    double top = -1e9;
    for (const auto& v : seat->seat->positions) top = std::max(top, double(v[1]));
    CHECK(top == doctest::Approx(seat->top));
    const std::size_t tuberosity = indexOf(shipped.atlas, "ischial_tuberosity");
    const double bone = lowest(model.scene().mesh(tuberosity));
    CHECK(seat->top < bone);
    CHECK(bone - seat->top < 0.08);
    // Near the sit bone (where the seat is fitted), no skin is below its top, and some touches it.
    const av::Mesh& skin = model.scene().mesh(indexOf(shipped.atlas, "skin"));
    const av::Mesh& bonePoints = model.scene().mesh(tuberosity);
    const auto lowestBone = *std::min_element(bonePoints.positions.begin(), bonePoints.positions.end(),
                                              [](const auto& a, const auto& b) { return a[1] < b[1]; });
    double nearestAbove = 1e9;
    for (const auto& v : skin.positions)
        if (std::abs(v[0] - lowestBone[0]) < 0.05 && std::abs(v[2] - lowestBone[2]) < 0.05)
            nearestAbove = std::min(nearestAbove, double(v[1]) - seat->top);
    CHECK(nearestAbove > -0.002);
    CHECK(nearestAbove < 0.002);   // ...and it touches
    CHECK(seat->pressure == doctest::Approx(1.0));
    CHECK(std::find(seat->pressed.begin(), seat->pressed.end(), tuberosity) != seat->pressed.end());
    // Standing at the start, there is no seat.
    model.apply(av::act::SetMotion{sitDown(0.0)});
    CHECK_FALSE(av::seatContact(model.scene(), model.state().motion.sitting));
    // Another motion leaves the left leg standing.
    av::MotionState kneeBend;
    kneeBend.animation = "knee_flexion";
    kneeBend.time = 2.0;
    model.apply(av::act::SetMotion{kneeBend});
    CHECK_FALSE(model.state().motion.bothLegs);
    CHECK(model.scene().posed(indexOf(shipped.atlas, "femur_left")).rigid.isApprox(Eigen::Isometry3d::Identity(), 1e-9));
}

TEST_CASE("seat: the render list draws the seat and makes the sit bone and the tendon origin glow, labelled first") {
    const av::test::Shipped& shipped = av::test::shippedWithMeshes();
    av::ViewerModel model{shipped.atlas, shipped.content};
    model.apply(av::act::SetMotion{sitDown(0.0)});
    const av::RenderList standing = model.renderList();
    CHECK(standing.props.empty());
    CHECK(standing.propsVersion == 0);

    model.apply(av::act::SetMotion{sitDown(av::findAnimation("sit_down").animation->durationSeconds())});
    const av::RenderList seated = model.renderList();
    REQUIRE(seated.props.size() == 1);
    CHECK(seated.propsVersion != 0);
    CHECK(seated.props[0].color == av::palette::kSeat);
    for (const char* id : {"ischial_tuberosity", "conjoint_tendon_footprint"}) {
        CAPTURE(id);
        const av::RenderItem& item = seated.structures[indexOf(shipped.atlas, id)];
        CHECK(item.visible);
        CHECK(item.ghost);  // seen through the skin and gluteus maximus
        CHECK(item.color == av::palette::kPressure);
        CHECK(std::find(seated.labelOrder.begin(), seated.labelOrder.begin() + 2, indexOf(shipped.atlas, id)) !=
              seated.labelOrder.begin() + 2);
    }
    // A motion without sitting clears it.
    av::MotionState kneeBend;
    kneeBend.animation = "knee_flexion";
    model.apply(av::act::SetMotion{kneeBend});
    CHECK(model.renderList().props.empty());
}

TEST_CASE("seat: the patient tour's 'Why sitting hurts' step ends on the seat, with the sit bone glowing") {
    const av::test::Shipped& shipped = av::test::shippedWithMeshes();
    av::ViewerModel model{shipped.atlas, shipped.content};
    const auto tour = std::find_if(shipped.content.tours.begin(), shipped.content.tours.end(),
                                   [](const av::Tour& t) { return t.id == "sit_bone_pain"; });
    REQUIRE(tour != shipped.content.tours.end());
    const auto step = std::find_if(tour->steps.begin(), tour->steps.end(),
                                   [](const av::TourStep& s) { return s.title == "Why sitting hurts"; });
    REQUIRE(step != tour->steps.end());
    model.apply(av::act::StartTour{tour->id, std::size_t(step - tour->steps.begin()) + 1});
    CHECK(model.renderList().props.empty());  // it starts standing
    for (int i = 0; i < 100; ++i) model.advance(0.1);  // 10 s: the motion has played to its end
    const av::RenderList seated = model.renderList();
    REQUIRE(seated.props.size() == 1);
    CHECK(seated.structures[indexOf(shipped.atlas, "ischial_tuberosity")].color == av::palette::kPressure);
}
