#include "core/atlas/atlas.h"
#include "core/atlas/manifest.h"
#include "core/atlas/structure_listing.h"
#include "temp_folder.h"

#include <doctest/doctest.h>
#include <Eigen/Geometry>

#include <algorithm>

using av::test::TempFolder;

namespace {

std::string manifestWith(const std::string& structures) {
    return R"({"format": "anatomy-viewer-atlas", "version": 1, "name": "Test", "structures": [)" + structures + "]}";
}

std::string structure(const std::string& id, const std::string& extra = R"("mesh": "cube.obj")") {
    return R"({"id": ")" + id + R"(", "name": "Name of )" + id + R"(", "kind": "bone", "segment": "pelvis", )" +
           extra + "}";
}

bool anyContains(const std::vector<std::string>& messages, const std::string& part) {
    return std::any_of(messages.begin(), messages.end(),
                       [&](const std::string& m) { return m.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("atlas: a manifest loads its structures into the atlas frame") {
    TempFolder folder;
    folder.write("cube.obj", av::test::cubeObj(100.0));  // millimetres
    const auto manifest = folder.write(
        "atlas.json", manifestWith(structure("femur", R"("mesh": "cube.obj", "unit": "mm", "color": "#ff8000",
            "transform": [1,0,0,0.5, 0,1,0,0, 0,0,1,0, 0,0,0,1])")));
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(manifest, diagnostics);
    CHECK(diagnostics.errors.empty());
    REQUIRE(atlas.structures().size() == 1);
    const auto bounds = atlas.bounds(0);
    CHECK(bounds[0] == doctest::Approx(0.45));  // 100 mm cube, moved 0.5 m along X
    CHECK(bounds[1] == doctest::Approx(0.55));
    CHECK(bounds[3] == doctest::Approx(0.05));
    CHECK(atlas.structures()[0].spec.color[1] == doctest::Approx(128 / 255.0));
    CHECK(atlas.triangleCount(0) == 12);
}

TEST_CASE("atlas: a missing or corrupt mesh leaves out its structure only, naming the file") {
    TempFolder folder;
    folder.write("cube.obj", av::test::cubeObj());
    folder.write("garbage.stl", std::string("\x01\x02 not a mesh at all \xff\xfe", 24));
    const auto manifest = folder.write(
        "atlas.json", manifestWith(structure("pelvis") + "," + structure("femur", R"("mesh": "missing.glb")") + "," +
                                   structure("tibia", R"("mesh": "garbage.stl")")));
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(manifest, diagnostics);
    REQUIRE(atlas.structures().size() == 1);
    CHECK(atlas.structures()[0].spec.id == "pelvis");
    CHECK(anyContains(diagnostics.errors, "missing.glb"));
    CHECK(anyContains(diagnostics.errors, "garbage.stl"));
    CHECK(anyContains(diagnostics.errors, "\"femur\" left out"));
}

TEST_CASE("atlas: a mesh path that leaves the manifest's folder refuses the manifest") {
    TempFolder folder;
    for (const std::string path : {"../outside.obj", "/etc/passwd", "sub/../../outside.obj"}) {
        const auto manifest = folder.write("atlas.json", manifestWith(structure("femur", "\"mesh\": \"" + path + "\"")));
        av::Diagnostics diagnostics;
        CHECK_THROWS_WITH_AS(av::loadAtlas(manifest, diagnostics),
                             doctest::Contains("leaves the manifest's folder"), av::ManifestError);
    }
}

TEST_CASE("atlas: an unreadable manifest is refused with its path") {
    TempFolder folder;
    av::Diagnostics diagnostics;
    CHECK_THROWS_WITH_AS(av::loadAtlas(folder.path() / "none.json", diagnostics),
                         doctest::Contains("none.json"), av::ManifestError);
    const auto broken = folder.write("broken.json", "{\"format\": \"anatomy-viewer-atlas\", ");
    CHECK_THROWS_WITH_AS(av::loadAtlas(broken, diagnostics), doctest::Contains("not valid JSON"), av::ManifestError);
    const auto future = folder.write("future.json", R"({"format": "anatomy-viewer-atlas", "version": 7, "structures": []})");
    CHECK_THROWS_WITH_AS(av::loadAtlas(future, diagnostics), doctest::Contains("version 7"), av::ManifestError);
}

TEST_CASE("atlas: a structure with a bad field is left out with a message naming the field") {
    TempFolder folder;
    folder.write("cube.obj", av::test::cubeObj());
    const auto manifest = folder.write(
        "atlas.json",
        manifestWith(structure("pelvis") + "," + R"({"id": "Bad Id", "name": "x", "kind": "bone", "segment": "pelvis", "mesh": "cube.obj"},)" +
                     R"({"id": "knee", "name": "x", "kind": "joint", "segment": "tibia", "mesh": "cube.obj"},)" +
                     structure("tibia", R"("mesh": "cube.obj", "color": "red")") + "," + structure("pelvis") + "," +
                     structure("fibula", R"("mesh": "cube.obj", "unit": "inch")")));
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(manifest, diagnostics);
    CHECK(atlas.ids() == std::vector<std::string>{"pelvis"});
    CHECK(anyContains(diagnostics.errors, "not snake_case"));
    CHECK(anyContains(diagnostics.errors, "field 'kind'"));
    CHECK(anyContains(diagnostics.errors, "field 'color'"));
    CHECK(anyContains(diagnostics.errors, "used twice"));
    CHECK(anyContains(diagnostics.errors, "field 'unit'"));
}

TEST_CASE("atlas: groups take their parts' bounds and triangles; broken parent links are dropped") {
    TempFolder folder;
    folder.write("cube.obj", av::test::cubeObj());
    const auto manifest = folder.write(
        "atlas.json",
        manifestWith(R"({"id": "tendon", "name": "Tendon", "kind": "tendon", "segment": "pelvis"},)" +
                     structure("part_a", R"("mesh": "cube.obj", "parent": "tendon")") + "," +
                     structure("part_b", R"("mesh": "cube.obj", "parent": "tendon", "transform": [1,0,0,2, 0,1,0,0, 0,0,1,0, 0,0,0,1])") +
                     "," + structure("loop_a", R"("mesh": "cube.obj", "parent": "loop_b")") + "," +
                     structure("loop_b", R"("mesh": "cube.obj", "parent": "loop_a")") + "," +
                     structure("orphan", R"("mesh": "cube.obj", "parent": "nothing")") + "," +
                     R"({"id": "empty_group", "name": "E", "kind": "tendon", "segment": "pelvis"})"));
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(manifest, diagnostics);
    const auto group = atlas.indexOf("tendon");
    REQUIRE(group);
    CHECK(atlas.triangleCount(*group) == 24);
    CHECK(atlas.bounds(*group)[0] == doctest::Approx(-0.5));
    CHECK(atlas.bounds(*group)[1] == doctest::Approx(2.5));
    CHECK(atlas.drawnIndices(*group).size() == 2);
    CHECK(anyContains(diagnostics.warnings, "form a loop"));
    CHECK(anyContains(diagnostics.warnings, "unknown parent"));
    CHECK(anyContains(diagnostics.errors, "empty_group"));
    CHECK_FALSE(atlas.indexOf("empty_group"));
    const auto listing = av::listStructuresJson(atlas);
    CHECK(listing.size() == atlas.structures().size());
    CHECK(listing[0]["id"] == "tendon");
    CHECK(listing[0]["triangles"] == 24);
    CHECK(listing[0]["bounds_m"].size() == 6);
}

TEST_CASE("atlas: a mirroring transform keeps triangles facing outwards") {
    av::Mesh mesh;
    mesh.positions = {{0, 0, 1}, {1, 0, 1}, {0, 1, 1}};
    mesh.normals = {{0, 0, 1}, {0, 0, 1}, {0, 0, 1}};
    mesh.triangles = {{0, 1, 2}};
    Eigen::Matrix4d mirrorZ = Eigen::Matrix4d::Identity();
    mirrorZ(2, 2) = -1;
    const av::Mesh mirrored = av::toAtlasFrame(mesh, 1.0, mirrorZ);
    CHECK(mirrored.positions[0][2] == doctest::Approx(-1));
    CHECK(mirrored.normals[0][2] == doctest::Approx(-1));
    // The geometric normal of the re-wound triangle agrees with the vertex normals.
    const auto& p = mirrored.positions;
    const auto& t = mirrored.triangles[0];
    const Eigen::Vector3f a(p[t[0]].data()), b(p[t[1]].data()), c(p[t[2]].data());
    CHECK((b - a).cross(c - a).z() < 0);
}

TEST_CASE("atlas: unknown ids get a message with the closest id") {
    TempFolder folder;
    folder.write("cube.obj", av::test::cubeObj());
    const auto manifest = folder.write("atlas.json", manifestWith(structure("semimembranosus")));
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(manifest, diagnostics);
    CHECK(av::checkStructureIds(atlas, {"semimembranosus"}, "--select").empty());
    const std::string message = av::checkStructureIds(atlas, {"semimembranosis"}, "--select");
    CHECK(message.find("--select") != std::string::npos);
    CHECK(message.find("did you mean 'semimembranosus'") != std::string::npos);
}

TEST_CASE("atlas: every kind round-trips through its name, ligament included") {
    for (const char* name : {"bone", "muscle", "tendon", "ligament", "bursa", "nerve", "skin", "region"}) {
        const auto kind = av::parseKind(name);
        REQUIRE(kind.has_value());
        CHECK(std::string(av::kindName(*kind)) == name);
    }
    CHECK_FALSE(av::parseKind("joint").has_value());
    TempFolder folder;
    folder.write("cube.obj", av::test::cubeObj());
    const auto manifest = folder.write(
        "atlas.json", manifestWith(R"({"id": "sacrotuberous_ligament", "name": "Sacrotuberous ligament", "kind": "ligament",
            "segment": "pelvis", "mesh": "cube.obj"})"));
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(manifest, diagnostics);
    CHECK(diagnostics.errors.empty());
    REQUIRE(atlas.structures().size() == 1);
    CHECK(atlas.structures()[0].spec.kind == av::StructureKind::Ligament);
}
