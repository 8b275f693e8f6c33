// Landmark tests on the shipped atlas (meshes/): the published Gait2392 points lie on our bones, the
// hip is seated, the nerve and the bursa are where the anatomy puts them.
#include "atlas_test_util.h"

using namespace atlastest;
using atlasgen::landmark;
using atlasgen::toAtlas;

TEST_CASE("femoral head is seated in the acetabulum (radii and centres within 2 mm)") {
    const V3 H = atlasgen::hipCentre();
    const V3 neck = V3(-0.164, -0.616, 0.771).normalized();
    std::vector<V3> head, socket;
    const auto& femur = atlasMesh("femur");
    for (size_t i = 0; i < femur.positions.size(); ++i) {
        V3 p = pos(femur, std::uint32_t(i));
        if ((p - H).norm() < 30 && (p - H).dot(neck) < 8) head.push_back(p);
    }
    // The socket's lining: pelvis vertices near the head that face it. The rim's faces, which also come
    // within reach of the head, are left out: there the decimated mesh keeps many more vertices than on the
    // smooth lining, and they would outweigh it in the fit.
    const auto& pelvis = atlasMesh("pelvis");
    REQUIRE(pelvis.normals.size() == pelvis.positions.size());
    for (size_t i = 0; i < pelvis.positions.size(); ++i) {
        V3 p = pos(pelvis, std::uint32_t(i));
        const auto& n = pelvis.normals[i];
        const bool facing = V3(n[0], n[1], n[2]).dot((H - p).normalized()) > 0.7;
        if ((p - H).norm() < atlasgen::acetabulumRadius() + 2.5 && facing) socket.push_back(p);
    }
    REQUIRE(head.size() > 50);
    REQUIRE(socket.size() > 50);
    auto [ch, rh] = fitSphere(head);
    auto [cs, rs] = fitSphere(socket);
    MESSAGE("head r=" << rh << " socket r=" << rs << " head centre off " << (ch - H).norm() << " socket off "
                      << (cs - H).norm());
    CHECK((ch - H).norm() < 2.0);
    CHECK((cs - H).norm() < 2.0);
    CHECK(std::abs(rh - rs) < 2.0);
    CHECK(rs >= rh);
}

TEST_CASE("hamstring origins lie on the ischial tuberosity surface (within 2 mm)") {
    const auto& pelvis = atlasMesh("pelvis");
    for (const char* id : {"semimembranosus_origin", "semitendinosus_origin", "biceps_femoris_long_head_origin"}) {
        double d = surfaceDistance(pelvis, toAtlas(landmark(id)));
        MESSAGE(std::string(id) << ": " << d << " mm");
        CHECK(d < 2.0);
    }
}

TEST_CASE("hamstring insertions lie on the tibia and fibula (within 2 mm)") {
    double sm = surfaceDistance(atlasMesh("tibia"), toAtlas(landmark("semimembranosus_insertion")));
    double st = surfaceDistance(atlasMesh("tibia"), toAtlas(landmark("semitendinosus_insertion")));
    double bf = surfaceDistance(atlasMesh("fibula"), toAtlas(landmark("biceps_femoris_insertion")));
    MESSAGE("SM " << sm << " ST " << st << " BF " << bf);
    CHECK(sm < 2.0);
    CHECK(st < 2.0);
    CHECK(bf < 2.0);
}

TEST_CASE("sciatic nerve runs 10-14 mm lateral to the ischial tuberosity") {
    // At the level of the tuberosity's middle: the lateral edge of the tuberosity region and the
    // medial edge of the nerve, in a 6 mm band of height.
    const auto& tub = atlasMesh("ischial_tuberosity");
    const auto& nerve = atlasMesh("sciatic_nerve");
    const double y = landmark("ischial_tuberosity_axis_point").p.y();
    double edge = -1e9, nerveMedial = 1e9;
    for (size_t i = 0; i < tub.positions.size(); ++i)
        if (std::abs(tub.positions[i][1] - y) < 3) edge = std::max(edge, double(tub.positions[i][2]));
    for (size_t i = 0; i < nerve.positions.size(); ++i)
        if (std::abs(nerve.positions[i][1] - y) < 3) nerveMedial = std::min(nerveMedial, double(nerve.positions[i][2]));
    REQUIRE(edge > -1e9);
    REQUIRE(nerveMedial < 1e9);
    MESSAGE("gap " << nerveMedial - edge << " mm");
    CHECK(nerveMedial - edge >= 10.0);
    CHECK(nerveMedial - edge <= 14.0);
}

TEST_CASE("ischiogluteal bursa lies between the tuberosity / tendon and gluteus maximus") {
    const auto& bursa = atlasMesh("ischiogluteal_bursa");
    V3 c = V3::Zero();
    for (size_t i = 0; i < bursa.positions.size(); ++i) c += pos(bursa, std::uint32_t(i));
    c /= double(bursa.positions.size());
    const auto& T = atlasgen::tuberosity();
    V3 r = c - T.axisPoint;
    V3 out = (r - r.dot(T.axis) * T.axis).normalized();
    auto outward = rayHits(atlasMesh("gluteus_maximus"), c, out);
    auto inwardBone = rayHits(atlasMesh("pelvis"), c, -out);
    auto inwardTendon = rayHits(atlasMesh("conjoint_tendon"), c, -out);
    auto outwardBone = rayHits(atlasMesh("pelvis"), c, out);
    REQUIRE(!outward.empty());
    REQUIRE(!inwardBone.empty());
    double deep = inwardBone.front();
    if (!inwardTendon.empty()) deep = std::min(deep, inwardTendon.front());
    MESSAGE("gluteus maximus " << outward.front() << " mm outwards, bone/tendon " << deep << " mm inwards");
    CHECK(outward.front() < 25.0);
    CHECK(deep < 25.0);
    // Neither the bone nor the muscle passes through the bursa.
    CHECK(surfaceDistance(atlasMesh("pelvis"), c) > 1.0);
    CHECK(surfaceDistance(atlasMesh("gluteus_maximus"), c) > 1.0);
    CHECK(outwardBone.empty());
}
