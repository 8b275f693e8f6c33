// loadMeshFile() on the real anatomical meshes in ../shared/real-meshes (OpenSim .vtp without
// normals, with quads and a duplicated reversed triangle; BodyParts3D binary STL with unshared
// vertices and stray fragments): all load, welded, wound outward, with smooth normals.
#include "core/mesh_loader.h"
#include "test_mesh_fixtures.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>

using namespace av;
using namespace av::test;

namespace {

// The real meshes folder; when it is absent, says so (and fails under CI) and returns nothing.
std::optional<fs::path> realMeshes() {
    const char* env = std::getenv("AV_SHARED_DIR");
    const fs::path folder = fs::path(env && *env ? env : AV_SHARED_DIR) / "real-meshes";
    if (fs::is_directory(folder)) return folder;
    const char* ci = std::getenv("CI");
    if (ci && std::string(ci) == "true")
        FAIL_CHECK("the real meshes are missing at " << folder << " (required when CI=true)");
    else
        MESSAGE("skipped: no real meshes at " << folder << " (set AV_SHARED_DIR to the shared/ folder)");
    return std::nullopt;
}

double dot(const Vec3f& a, const Vec3f& b) {
    return double{a[0]} * b[0] + double{a[1]} * b[1] + double{a[2]} * b[2];
}

Vec3f faceNormal(const Mesh& mesh, const Triangle& t) {
    const Vec3f &a = mesh.positions[t[0]], &b = mesh.positions[t[1]], &c = mesh.positions[t[2]];
    const Vec3f u{b[0] - a[0], b[1] - a[1], b[2] - a[2]}, v{c[0] - a[0], c[1] - a[1], c[2] - a[2]};
    return {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
}

// Consistent normals: at most triangle corners the vertex normal leans the same way as the triangle
// (low-poly meshes have sharp features where some do not); with `smoothShare`, also that share of the
// edges have close normals at both ends.
void checkNormals(const Mesh& mesh, double agreeingShare, double smoothShare) {
    std::size_t corners = 0, agreeing = 0, edges = 0, smooth = 0;
    for (const Triangle& t : mesh.triangles) {
        const Vec3f face = faceNormal(mesh, t);
        for (std::size_t k = 0; k < 3; ++k) {
            ++corners;
            agreeing += dot(mesh.normals[t[k]], face) > 0.0 ? 1 : 0;
            ++edges;
            smooth += dot(mesh.normals[t[k]], mesh.normals[t[(k + 1) % 3]]) > 0.5 ? 1 : 0;
        }
    }
    CHECK(static_cast<double>(agreeing) >= agreeingShare * static_cast<double>(corners));
    CHECK(static_cast<double>(smooth) >= smoothShare * static_cast<double>(edges));
}

bool anyContains(const std::vector<std::string>& lines, const std::string& text) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("mesh loader: real OpenSim VTP meshes load with smooth outward normals") {
    const auto folder = realMeshes();
    if (!folder) return;
    struct Expected {
        const char* file;
        std::size_t points, triangles;
        bool closed;
        const char* warning;  // or nullptr for none
    };
    // pelvis.vtp and l_pelvis.vtp are open and hold one triangle twice, wound both ways.
    const Expected files[] = {
        {"pelvis.vtp", 125, 241, false, "dropped 1 duplicate triangles"},
        {"l_pelvis.vtp", 125, 241, false, "dropped 1 duplicate triangles"},
        {"sacrum.vtp", 192, 380, true, nullptr},
        {"femur_r.vtp", 456, 908, true, nullptr},
        {"tibia_r.vtp", 145, 286, true, nullptr},
        {"fibula.vtp", 122, 240, true, nullptr},
        {"fibula_r.vtp", 122, 240, true, nullptr},
    };
    for (const Expected& e : files) {
        CAPTURE(std::string(e.file));
        std::vector<std::string> warnings;
        const Mesh mesh = loadMeshFile(*folder / "opensim-models" / e.file, &warnings);
        checkValidMesh(mesh);
        CHECK(mesh.positions.size() == e.points);
        CHECK(mesh.triangles.size() == e.triangles);
        if (e.warning) {
            CHECK(warnings.size() == 1);
            CHECK(anyContains(warnings, e.warning));
        } else {
            CHECK(warnings.empty());
        }
        if (e.closed) CHECK(signedVolume6(mesh) > 0.0);
        checkNormals(mesh, 0.9, 0.0);
    }
}

TEST_CASE("mesh loader: computed normals of real meshes match the normals their authors exported") {
    const auto folder = realMeshes();
    if (!folder) return;
    for (const char* file : {"femur_r.vtp", "pelvis.vtp"}) {
        CAPTURE(std::string(file));
        const Mesh computed = loadMeshFile(*folder / "opensim-models" / file);
        const Mesh exported = loadMeshFile(*folder / "opensim-models" / "with_normals" / file);
        std::map<Vec3f, Vec3f> exportedAt;
        for (std::size_t v = 0; v < exported.positions.size(); ++v) exportedAt[exported.positions[v]] = exported.normals[v];
        REQUIRE(exportedAt.size() == computed.positions.size());
        double sum = 0.0, worst = 1.0;
        for (std::size_t v = 0; v < computed.positions.size(); ++v) {
            const auto it = exportedAt.find(computed.positions[v]);
            REQUIRE(it != exportedAt.end());
            const double d = dot(computed.normals[v], it->second);
            sum += d;
            worst = std::min(worst, d);
        }
        const double mean = sum / static_cast<double>(computed.positions.size());
        INFO("mean cosine " << mean << ", worst " << worst);
        CHECK(mean > 0.97);
        CHECK(worst > 0.5);
    }
}

TEST_CASE("mesh loader: an OpenSim quad mesh equals its triangulated copy") {
    const auto folder = realMeshes();
    if (!folder) return;
    const Mesh quads = loadMeshFile(*folder / "opensim-models" / "fibula.vtp");
    const Mesh triangles = loadMeshFile(*folder / "opensim-models" / "fibula_r.vtp");
    CHECK(quads.triangles.size() == triangles.triangles.size());
    CHECK(signedVolume6(quads) == doctest::Approx(signedVolume6(triangles)).epsilon(1e-9));
}

TEST_CASE("mesh loader: real BodyParts3D STL meshes load welded, outward and smooth") {
    const auto folder = realMeshes();
    if (!folder) return;
    struct Expected {
        const char* file;
        std::size_t triangles, welded, fragments;
    };
    // Counts from the folder's SOURCE.md. Semitendinosus carries 4 two-sided stray triangles;
    // semimembranosus 7 of them and 2 other small pieces.
    const Expected files[] = {
        {"FMA16586.stl", 9716, 4858, 0},   {"FMA16202.stl", 44416, 22194, 0}, {"FMA24474.stl", 12990, 6497, 0},
        {"FMA24477.stl", 6850, 3427, 0},   {"FMA24480.stl", 4622, 2313, 0},   {"FMA45888.stl", 73098, 36539, 0},
        {"FMA45891.stl", 25478, 12725, 0}, {"FMA22358.stl", 43550, 21777, 4}, {"FMA22448.stl", 74564, 37302, 9},
    };
    for (const Expected& e : files) {
        CAPTURE(std::string(e.file));
        std::vector<std::string> warnings;
        const Mesh mesh = loadMeshFile(*folder / "bodyparts3d" / e.file, &warnings);
        checkValidMesh(mesh);
        CHECK(mesh.triangles.size() == e.triangles);
        CHECK(mesh.positions.size() == e.welded);
        CHECK(signedVolume6(mesh) > 0.0);
        checkNormals(mesh, 0.995, 0.95);
        if (e.fragments) {
            INFO("warnings: " << (warnings.empty() ? std::string("none") : warnings.front()));
            CHECK(warnings.size() == 1);
            CHECK(anyContains(warnings, "kept " + std::to_string(e.fragments) + " stray fragments"));
        } else {
            CHECK(warnings.empty());
        }
    }
}
