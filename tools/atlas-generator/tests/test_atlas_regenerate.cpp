// The committed atlas is what the generator makes: regenerate into a temporary folder and compare the
// files byte for byte. Also compares our bones with OpenSim's own (Gait2392) bone meshes.
#include "atlas_test_util.h"

#include <fstream>
#include <iterator>

#include <unistd.h>

using namespace atlastest;

namespace {
std::vector<char> bytes(const std::filesystem::path& p) {
    std::ifstream f(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}
}  // namespace

TEST_CASE("regenerating the atlas reproduces meshes/ byte for byte" * doctest::timeout(900)) {
    namespace fs = std::filesystem;
    fs::path tmp = fs::temp_directory_path() / ("atlas-regen-" + std::to_string(::getpid()));
    fs::remove_all(tmp);
    atlasgen::AtlasOptions opt;
    opt.verbose = false;
    auto atlas = atlasgen::buildAtlas(opt);
    MESSAGE("generation time " << atlas.seconds << " s");
    atlasgen::writeAtlas(atlas, tmp);
    size_t files = 0;
    for (auto& e : fs::recursive_directory_iterator(tmp)) {
        if (!e.is_regular_file()) continue;
        fs::path rel = fs::relative(e.path(), tmp);
        ++files;
        REQUIRE_MESSAGE(fs::exists(meshDir() / rel), rel.string() << " is not committed");
        CHECK_MESSAGE(bytes(e.path()) == bytes(meshDir() / rel), rel.string() << " differs");
    }
    CHECK(files > 40);
    fs::remove_all(tmp);
}

TEST_CASE("OpenSim Gait2392 bones overlay ours within about 1.5 cm") {
    namespace fs = std::filesystem;
    fs::path dir = sharedDir() / "real-meshes" / "opensim-models";
    if (!fs::exists(dir)) {
        if (ciMode()) FAIL("shared/real-meshes/opensim-models is absent (CI=true)");
        MESSAGE("SKIPPED: " << dir << " is absent");
        return;
    }
    struct Pair { const char* file; const char* ours; V3 offset; };
    const V3 H = atlasgen::hipCentre(), K = atlasgen::hipCentre() + atlasgen::kneeOffset();
    for (auto [file, ours, off] : {Pair{"pelvis.vtp", "pelvis", V3::Zero()}, Pair{"femur_r.vtp", "femur", H},
                                  Pair{"tibia_r.vtp", "tibia", K}, Pair{"fibula_r.vtp", "fibula", K}}) {
        av::Mesh os = av::loadMeshFile(dir / file);
        std::vector<double> d;
        for (auto& p : os.positions) d.push_back(surfaceDistance(atlasMesh(ours), V3(p[0], p[1], p[2]) * 1000.0 + off));
        std::sort(d.begin(), d.end());
        double median = d[d.size() / 2], p90 = d[d.size() * 9 / 10];
        MESSAGE(std::string(file) << ": median " << median << " mm, 90th percentile " << p90 << " mm");
        CHECK(median < 15.0);
        CHECK(p90 < 25.0);
    }
}
