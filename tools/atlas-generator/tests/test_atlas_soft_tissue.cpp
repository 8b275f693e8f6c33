// The soft tissue of the shipped atlas (meshes/): the skin covers it in the neutral pose, the sciatic nerve
// divides above the knee, the sacrotuberous ligament spans sacrum to tuberosity, and the measured muscles
// keep their parameters compact.
#include "atlas_test_util.h"
#include "mid_sheet.h"

#include <nlohmann/json.hpp>

#include <fstream>

using namespace atlastest;

namespace {

nlohmann::json manifest() {
    std::ifstream f(meshDir() / "atlas.json");
    REQUIRE(f.good());
    return nlohmann::json::parse(f);
}

// Inside a closed mesh: an odd number of crossings along a ray (an oblique one, clear of the axes).
bool inside(const av::Mesh& closed, const V3& p) {
    return rayHits(closed, p, V3(0.31, 0.52, 0.79).normalized()).size() % 2 == 1;
}

double lowest(const av::Mesh& m) {
    double y = 1e30;
    for (const auto& p : m.positions) y = std::min(y, double(p[1]));
    return y;
}

double minDistance(const av::Mesh& from, const av::Mesh& to, int stride = 1) {
    double d = 1e30;
    for (size_t i = 0; i < from.positions.size(); i += stride) d = std::min(d, surfaceDistance(to, pos(from, std::uint32_t(i))));
    return d;
}

}  // namespace

TEST_CASE("soft tissue: the skin covers every soft structure in the neutral pose (less than 1% outside)") {
    const av::Mesh& skin = atlasMesh("skin");
    const nlohmann::json atlas = manifest();  // kept: a temporary's member would dangle in the loop
    for (const auto& s : atlas["structures"]) {
        const std::string kind = s["kind"], id = s["id"];
        if (!s.contains("mesh") || kind == "bone" || kind == "region" || kind == "skin") continue;
        const av::Mesh& m = atlasMesh(id);
        const size_t stride = std::max<size_t>(1, m.positions.size() / 1500);
        size_t out = 0, n = 0;
        for (size_t i = 0; i < m.positions.size(); i += stride, ++n) out += !inside(skin, pos(m, std::uint32_t(i)));
        CAPTURE(id);
        MESSAGE(id << ": " << out << " of " << n << " vertices outside the skin");
        CHECK(double(out) / double(n) < 0.01);
    }
}

TEST_CASE("soft tissue: the sciatic nerve divides above the knee into the tibial and common fibular nerves") {
    const double knee = atlasgen::toAtlas(atlasgen::landmark("knee_centre")).y();
    const av::Mesh& sciatic = atlasMesh("sciatic_nerve");
    const av::Mesh& tibial = atlasMesh("tibial_nerve");
    const av::Mesh& fibular = atlasMesh("common_fibular_nerve");
    MESSAGE("division " << lowest(sciatic) - knee << " mm above the knee centre");
    CHECK(lowest(sciatic) > knee + 40.0);   // the popliteal apex, well above the joint
    CHECK(lowest(sciatic) < knee + 140.0);  // ... and in the lower thigh
    // Both branches start at the end of the trunk and carry on below the knee.
    CHECK(minDistance(tibial, sciatic, 4) < 0.5);
    CHECK(minDistance(fibular, sciatic, 4) < 0.5);
    CHECK(lowest(tibial) < knee - 100.0);
    CHECK(lowest(fibular) < knee - 50.0);
    // The common fibular nerve winds round the neck of the fibula, lateral to the tibial nerve.
    CHECK(minDistance(fibular, atlasMesh("fibula"), 2) < 3.0);
    double tibialZ = 0, fibularZ = 0;
    for (const auto& p : tibial.positions) tibialZ += p[2] / double(tibial.positions.size());
    for (const auto& p : fibular.positions) fibularZ += p[2] / double(fibular.positions.size());
    CHECK(fibularZ > tibialZ + 10.0);
}

TEST_CASE("soft tissue: the sacrotuberous ligament reaches from the sacrum to the ischial tuberosity") {
    const av::Mesh& ligament = atlasMesh("sacrotuberous_ligament");
    const V3 tuberosity = atlasgen::tuberosity().axisPoint;
    double toSacrum = minDistance(ligament, atlasMesh("sacrum"), 2);
    double toTuberosity = 1e30, nearest = 1e30;
    for (size_t i = 0; i < ligament.positions.size(); i += 2) {
        const V3 p = pos(ligament, std::uint32_t(i));
        nearest = std::min(nearest, (p - tuberosity).norm());
        if ((p - tuberosity).norm() < 30.0) toTuberosity = std::min(toTuberosity, surfaceDistance(atlasMesh("pelvis"), p));
    }
    MESSAGE("to the sacrum " << toSacrum << " mm, to the tuberosity " << toTuberosity << " mm");
    CHECK(toSacrum < 2.0);
    CHECK(nearest < 30.0);
    CHECK(toTuberosity < 2.0);
}

TEST_CASE("soft tissue: measured parameters stay compact (a few hundred numbers per structure)") {
    for (const char* id : {"gluteus_maximus", "gluteus_medius", "gluteus_minimus", "adductor_magnus", "semimembranosus",
                           "semitendinosus", "biceps_femoris_long_head", "biceps_femoris_short_head", "conjoint_tendon",
                           "semimembranosus_tendon", "piriformis", "obturator_internus", "quadratus_femoris"}) {
        size_t numbers = 0;
        for (const auto& part : atlasgen::midSheets(id)) numbers += part.mid.size() * 3 + part.radius.size();
        CAPTURE(id);
        CHECK(numbers > 0);
        CHECK(numbers <= 400);
    }
}
