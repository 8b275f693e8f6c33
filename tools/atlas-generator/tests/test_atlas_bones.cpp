// The bones' landmarks on the shipped atlas (meshes/): a patella on the trochlea, a bowed femur with a
// greater trochanter and a linea aspera, an acetabulum with a rim; the left leg a mirror image of the right
// that the poser leaves in place while the right knee bends.
#include "atlas_test_util.h"

#include "core/atlas/atlas.h"
#include "core/atlas/atlas_poser.h"
#include "core/motion/pose.h"

#include <nlohmann/json.hpp>

#include <fstream>

using namespace atlastest;

namespace {

// Vertices of a mesh (mm) whose y lies within `band` of y0.
std::vector<V3> slice(const av::Mesh& m, double y0, double band) {
    std::vector<V3> out;
    for (std::uint32_t i = 0; i < m.positions.size(); ++i)
        if (std::abs(m.positions[i][1] - y0) < band) out.push_back(pos(m, i));
    return out;
}

double mostAnterior(const std::vector<V3>& pts) {
    double x = -1e9;
    for (const V3& p : pts) x = std::max(x, p.x());
    return x;
}

}  // namespace

TEST_CASE("bones: the patella sits on the femoral trochlea with the knee straight (within 3 mm)") {
    const auto& patella = atlasMesh("patella");
    const auto& femur = atlasMesh("femur");
    double gap = 1e9;
    V3 c = V3::Zero();
    for (std::uint32_t i = 0; i < patella.positions.size(); ++i) {
        gap = std::min(gap, surfaceDistance(femur, pos(patella, i)));
        c += pos(patella, i) / double(patella.positions.size());
    }
    // In front of the femur at the level of its centre, between the condyles' sides.
    const auto level = slice(femur, c.y(), 3.0);
    REQUIRE(level.size() > 20);
    double zMin = 1e9, zMax = -1e9;
    for (const V3& p : level) zMin = std::min(zMin, p.z()), zMax = std::max(zMax, p.z());
    MESSAGE("patella-femur gap " << gap << " mm; centre " << c.transpose());
    CHECK(gap < 3.0);
    CHECK(c.x() > mostAnterior(level) - 10.0);
    CHECK(c.z() > zMin);
    CHECK(c.z() < zMax);
    // Resting on it, not sunk into it: the patella's centre lies outside the femur.
    CHECK(rayHits(femur, c, V3(1, 0, 0)).size() % 2 == 0);
}

TEST_CASE("bones: the femoral shaft bows forwards") {
    // The front of the shaft at mid-length stands ahead of the line joining it a third of the way from
    // either end (the femur's anterior bow, several millimetres in adults).
    const auto& femur = atlasMesh("femur");
    const double top = atlasgen::hipCentre().y() - 90.0, bottom = atlasgen::hipCentre().y() - 360.0;
    const double a = mostAnterior(slice(femur, top, 2.0)), b = mostAnterior(slice(femur, bottom, 2.0));
    const double mid = mostAnterior(slice(femur, 0.5 * (top + bottom), 2.0));
    const double bow = mid - 0.5 * (a + b);
    MESSAGE("anterior bow " << bow << " mm");
    CHECK(bow > 3.0);
    CHECK(bow < 20.0);
}

TEST_CASE("bones: the greater trochanter stands lateral of the neck, where its landmark is") {
    const auto& femur = atlasMesh("femur");
    const V3 H = atlasgen::hipCentre();
    V3 lateral(0, 0, -1e9);
    for (std::uint32_t i = 0; i < femur.positions.size(); ++i) {
        V3 p = pos(femur, i);
        if (p.y() > H.y() - 80.0 && p.z() > lateral.z()) lateral = p;
    }
    const V3 landmark = atlasgen::toAtlas(atlasgen::landmark("greater_trochanter_lateral"));
    MESSAGE("most lateral point " << lateral.transpose() << ", landmark " << landmark.transpose());
    CHECK((lateral - landmark).norm() < 4.0);
    CHECK(lateral.z() - H.z() > atlasgen::femoralHeadRadius() + 20.0);  // well beyond the head
    CHECK(lateral.y() < H.y());  // its top below the head's centre
}

TEST_CASE("bones: a linea aspera runs down the back of the femoral shaft") {
    // At mid-shaft the back of the section comes to a ridge: the shaft reaches further back at its
    // posterior ridge than 8 mm to either side of it.
    const auto& femur = atlasMesh("femur");
    const double y = atlasgen::hipCentre().y() - 220.0;
    const auto level = slice(femur, y, 1.5);
    REQUIRE(level.size() > 20);
    V3 back = level[0];
    for (const V3& p : level)
        if (p.x() < back.x()) back = p;
    double beside = -1e9;  // the least far back either side of the ridge
    for (double side : {-1.0, 1.0}) {
        double x = 1e9;
        for (const V3& p : level)
            if (std::abs(p.z() - (back.z() + 8.0 * side)) < 1.0) x = std::min(x, p.x());
        beside = std::max(beside, x);
    }
    MESSAGE("ridge stands " << beside - back.x() << " mm behind the shaft beside it");
    CHECK(beside - back.x() > 2.0);
}

TEST_CASE("bones: the acetabulum is a cup with a rim around the femoral head") {
    // Rays from the hip centre: most directions away from the socket's opening meet the hip bone within
    // 5 mm of the socket's sphere; the opening faces laterally, forwards and down.
    const auto& pelvis = atlasMesh("pelvis");
    const V3 H = atlasgen::hipCentre();
    int covered = 0, total = 0;
    V3 open = V3::Zero();
    for (int i = 0; i < 200; ++i) {
        double z = 1 - 2 * (i + 0.5) / 200, phi = i * atlasgen::kPi * (3 - std::sqrt(5.0));
        V3 d(std::sqrt(1 - z * z) * std::cos(phi), std::sqrt(1 - z * z) * std::sin(phi), z);
        auto hits = rayHits(pelvis, H, d);
        bool wall = !hits.empty() && hits.front() < atlasgen::acetabulumRadius() + 5.0;
        if (!wall) open += d;
        covered += wall;
        ++total;
    }
    open.normalize();
    MESSAGE("cup covers " << covered << " of " << total << " directions; opening " << open.transpose());
    CHECK(covered > total / 3);
    CHECK(covered < total * 3 / 4);
    CHECK(open.z() > 0.4);  // lateral
    CHECK(open.y() < 0.0);  // inferior
}

TEST_CASE("bones: the left leg is the mirror image of the right, on the left segments") {
    for (const char* id : {"pelvis", "femur", "patella", "tibia", "fibula"}) {
        const av::Mesh& right = atlasMesh(id);
        const av::Mesh& left = atlasMesh(std::string(id) + "_left");
        REQUIRE(left.positions.size() == right.positions.size());
        double worst = 0;
        for (size_t i = 0; i < right.positions.size(); ++i)
            worst = std::max(worst, (pos(left, std::uint32_t(i)) - pos(right, std::uint32_t(i)).cwiseProduct(V3(1, 1, -1))).norm());
        CHECK_MESSAGE(worst < 1e-3, id << ": " << worst << " mm");
    }
    std::ifstream f(meshDir() / "atlas.json");
    const auto manifest = nlohmann::json::parse(f);
    std::map<std::string, std::string> segment;
    for (const auto& s : manifest["structures"]) segment[s["id"]] = s["segment"];
    CHECK(segment["femur_left"] == "femur_left");
    for (const char* id : {"tibia_left", "fibula_left"}) CHECK_MESSAGE(segment[id] == "tibia_left", id);
    CHECK(segment["patella_left"] == "patella_left");  // tracked down the left femur like the right
}

TEST_CASE("bones: bending the right knee moves the right shin and leaves the left leg in place") {
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(meshDir() / "atlas.json", diagnostics, false);
    av::AtlasPoser poser(atlas);
    av::Pose pose;
    pose.knee_flexion_deg = 60;
    poser.update(pose, false);
    const auto& structures = atlas.structures();
    int checked = 0;
    for (size_t i = 0; i < structures.size(); ++i) {
        const std::string& id = structures[i].spec.id;
        const auto& posed = poser.posed()[i];
        const bool moved = !posed.rigid.isApprox(Eigen::Isometry3d::Identity(), 1e-9);
        if (id == "tibia" || id == "fibula" || id == "patella") {
            CHECK_MESSAGE(moved, id);
            ++checked;
        }
        if (id.size() > 5 && id.substr(id.size() - 5) == "_left") {
            CHECK_MESSAGE(!moved, id);
            ++checked;
        }
    }
    CHECK(checked == 3 + 5);
}
