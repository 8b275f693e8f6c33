// The shipped atlas files: manifest, budgets, closed outward surfaces, sizes.
#include "atlas_test_util.h"
#include "core/atlas/manifest.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

using namespace atlastest;

namespace {
nlohmann::json manifest() {
    std::ifstream f(meshDir() / "atlas.json");
    REQUIRE(f.good());
    return nlohmann::json::parse(f);
}
}  // namespace

TEST_CASE("atlas.json lists every structure of the contract with valid fields") {
    auto j = manifest();
    CHECK(j["format"] == "anatomy-viewer-atlas");
    CHECK(j["version"] == av::kManifestVersion);
    std::set<std::string> ids;
    const std::set<std::string> kinds = {"bone", "muscle", "tendon", "ligament", "bursa", "nerve", "skin", "region"};
    for (auto& s : j["structures"]) {
        std::string id = s["id"];
        CHECK(ids.insert(id).second);
        CHECK(kinds.count(s["kind"].get<std::string>()) == 1);
        if (s.contains("mesh")) {
            CHECK(std::filesystem::exists(meshDir() / s["mesh"].get<std::string>()));
            CHECK(std::filesystem::exists(meshDir() / s["mesh_low"].get<std::string>()));
            CHECK(std::filesystem::file_size(meshDir() / s["mesh"].get<std::string>()) < 8u * 1024 * 1024);
        }
    }
    for (const char* id :
         {"pelvis", "pelvis_left", "sacrum", "femur", "femur_left", "patella", "tibia", "fibula", "ischial_tuberosity",
          "conjoint_tendon_footprint", "semimembranosus_footprint", "biceps_femoris_long_head",
          "biceps_femoris_short_head", "semimembranosus", "semitendinosus", "proximal_hamstring_tendon",
          "conjoint_tendon", "semimembranosus_tendon", "ischiogluteal_bursa", "sciatic_nerve", "gluteus_maximus",
          "gluteus_medius", "gluteus_minimus", "trochanteric_bursa", "skin", "adductor_magnus", "quadratus_femoris",
          "piriformis", "obturator_internus", "gemellus_superior", "gemellus_inferior", "sacrotuberous_ligament",
          "tibial_nerve", "common_fibular_nerve", "posterior_femoral_cutaneous_nerve"})
        CHECK_MESSAGE(ids.count(id) == 1, id);
    CHECK(std::filesystem::exists(meshDir() / "atlas-whole.glb"));
}

TEST_CASE("triangle budgets: at most 400k in all, low level of detail 60-90k") {
    auto j = manifest();
    size_t full = 0, low = 0;
    for (auto& s : j["structures"]) {
        if (!s.contains("mesh")) continue;
        full += av::loadMeshFile(meshDir() / s["mesh"].get<std::string>()).triangles.size();
        low += av::loadMeshFile(meshDir() / s["mesh_low"].get<std::string>()).triangles.size();
    }
    MESSAGE("full " << full << " low " << low);
    CHECK(full <= 400000);
    CHECK(low >= 60000);
    CHECK(low <= 90000);
}

TEST_CASE("every mesh is closed, manifold and outward oriented") {
    auto j = manifest();
    for (auto& s : j["structures"]) {
        if (!s.contains("mesh")) continue;
        std::string id = s["id"];
        const av::Mesh& m = atlasMesh(id);
        // Weld by position, then count directed edges.
        std::map<std::array<float, 3>, std::uint32_t> weld;
        std::vector<std::uint32_t> remap(m.positions.size());
        for (size_t i = 0; i < m.positions.size(); ++i)
            remap[i] = weld.emplace(m.positions[i], std::uint32_t(weld.size())).first->second;
        std::map<std::pair<std::uint32_t, std::uint32_t>, int> edges;
        double vol = 0;
        for (auto& t : m.triangles) {
            for (int k = 0; k < 3; ++k) edges[{remap[t[k]], remap[t[(k + 1) % 3]]}]++;
            vol += pos(m, t[0]).dot(pos(m, t[1]).cross(pos(m, t[2]))) / 6.0;
        }
        size_t bad = 0;
        for (auto& [e, n] : edges) {
            auto it = edges.find({e.second, e.first});
            if (n != 1 || it == edges.end() || it->second != 1) ++bad;
        }
        CHECK_MESSAGE(bad == 0, id << ": " << bad << " open or non-manifold edges");
        CHECK_MESSAGE(vol > 0, id << ": volume " << vol);
    }
}
