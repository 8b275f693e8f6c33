// Real-world files through the manifest: the OpenSim Gait2392 bones (.vtp, metres, body frames) and
// BodyParts3D (.stl, millimetres, a whole-body frame) mapped into the atlas frame. They are read from
// ../shared/real-meshes (copied into a temporary folder: a manifest may not reach outside its folder);
// absent, the test is skipped with a message, except under CI where that is a failure.
#include "core/atlas/atlas.h"
#include "temp_folder.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>

namespace {

std::filesystem::path realMeshes() {
    const char* fromEnvironment = std::getenv("AV_SHARED_DIR");
    return std::filesystem::path(fromEnvironment ? fromEnvironment : AV_SHARED_DIR) / "real-meshes";
}

bool available() {
    if (std::filesystem::exists(realMeshes())) return true;
    const char* ci = std::getenv("CI");
    if (ci && std::string(ci) == "true") FAIL("the shared real meshes are missing under CI: " << realMeshes());
    MESSAGE("skipped: " << realMeshes() << " is absent");
    return false;
}

std::string matrix(const double m[12]) {
    std::ostringstream text;
    text.precision(10);
    text << "[";
    for (int i = 0; i < 12; ++i) text << m[i] << ", ";
    text << "0, 0, 0, 1]";
    return text.str();
}

std::string entry(const std::string& id, const std::string& file, const std::string& unit, const double m[12]) {
    return R"({"id": ")" + id + R"(", "name": ")" + id + R"(", "kind": "bone", "segment": "pelvis", "mesh": ")" + file +
           R"(", "unit": ")" + unit + R"(", "transform": )" + matrix(m) + "}";
}

av::Atlas load(const av::test::TempFolder& folder, const std::string& structures, av::Diagnostics& diagnostics) {
    const auto manifest = folder.write("atlas.json", R"({"format": "anatomy-viewer-atlas", "version": 1, "structures": [)" +
                                                         structures + "]}");
    return av::loadAtlas(manifest, diagnostics);
}

double size(const av::Bounds& b, int axis) { return b[2 * axis + 1] - b[2 * axis]; }
double centre(const av::Bounds& b, int axis) { return (b[2 * axis + 1] + b[2 * axis]) / 2; }

}  // namespace

TEST_CASE("real meshes: OpenSim and BodyParts3D files map into the atlas frame through the manifest") {
    if (!available()) return;
    av::test::TempFolder folder;
    for (const char* file : {"opensim-models/pelvis.vtp", "opensim-models/femur_r.vtp", "opensim-models/tibia_r.vtp",
                             "bodyparts3d/FMA24474.stl", "bodyparts3d/FMA16586.stl", "bodyparts3d/FMA22448.stl"})
        std::filesystem::copy_file(realMeshes() / file, folder.path() / std::filesystem::path(file).filename());

    // OpenSim: each bone in its body frame, metres; the femur frame sits at the hip centre.
    const double pelvis[12] = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0};
    const double femur[12] = {1, 0, 0, -0.0707, 0, 1, 0, -0.0661, 0, 0, 1, 0.0835};
    av::Diagnostics diagnostics;
    const av::Atlas opensim =
        load(folder, entry("pelvis", "pelvis.vtp", "m", pelvis) + "," + entry("femur", "femur_r.vtp", "m", femur), diagnostics);
    REQUIRE(opensim.structures().size() == 2);
    CHECK(diagnostics.errors.empty());
    const av::Bounds osFemur = opensim.bounds(1);
    CHECK(size(osFemur, 1) == doctest::Approx(0.43).epsilon(0.1));    // a femur is about 43 cm long
    CHECK(osFemur[3] == doctest::Approx(-0.0661 + 0.03).epsilon(0.5));  // its top a little above the hip centre
    CHECK(centre(opensim.bounds(0), 2) > 0.03);                          // the right hip bone is on the right

    // BodyParts3D: millimetres, +X left, +Y posterior, +Z superior -> X anterior, Y superior, Z right;
    // moved so its femur's box centre meets OpenSim's.
    av::Diagnostics bpDiagnostics;
    const double rotation[12] = {0, -1, 0, 0, 0, 0, 1, 0, -1, 0, 0, 0};
    const av::Atlas rotated = load(folder, entry("femur", "FMA24474.stl", "mm", rotation), bpDiagnostics);
    REQUIRE(rotated.structures().size() == 1);
    const av::Bounds raw = rotated.bounds(0);
    const double toOpenSim[12] = {0, -1, 0, centre(osFemur, 0) - centre(raw, 0), 0, 0, 1, centre(osFemur, 1) - centre(raw, 1),
                                  -1, 0, 0, centre(osFemur, 2) - centre(raw, 2)};
    const av::Atlas bodyParts = load(folder,
                                     entry("femur", "FMA24474.stl", "mm", toOpenSim) + "," +
                                         entry("pelvis", "FMA16586.stl", "mm", toOpenSim) + "," +
                                         entry("semimembranosus", "FMA22448.stl", "mm", toOpenSim),
                                     bpDiagnostics);
    REQUIRE(bodyParts.structures().size() == 3);
    const av::Bounds bpFemur = bodyParts.bounds(0);
    for (int axis = 0; axis < 3; ++axis) CHECK(std::abs(size(bpFemur, axis) - size(osFemur, axis)) < 0.04);
    // The mapping keeps anatomy in place: the hip bone above the femur and on the right, the
    // semimembranosus behind the femur.
    CHECK(centre(bodyParts.bounds(1), 1) > centre(bpFemur, 1) + 0.15);
    CHECK(centre(bodyParts.bounds(1), 2) > 0.03);
    CHECK(centre(bodyParts.bounds(2), 0) < centre(bpFemur, 0));
}
