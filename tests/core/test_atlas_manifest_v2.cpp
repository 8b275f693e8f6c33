// Manifest format version 2: the side of each structure, the atlas-wide transform, and the one writer
// (write -> read gives the same specs). Version 1 manifests still load, sides inferred from "_left".
#include "core/atlas/atlas.h"
#include "core/atlas/manifest_writer.h"
#include "temp_folder.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using av::test::TempFolder;

namespace {

std::string manifestV(int version, const std::string& structures, const std::string& extra = "") {
    return R"({"format": "anatomy-viewer-atlas", "version": )" + std::to_string(version) + R"(, "name": "Test", )" +
           extra + R"("structures": [)" + structures + "]}";
}

std::string structure(const std::string& id, const std::string& segment, const std::string& extra = "") {
    return R"({"id": ")" + id + R"(", "name": ")" + id + R"(", "kind": "bone", "segment": ")" + segment +
           R"(", "mesh": "cube.obj")" + extra + "}";
}

std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A manifest with every field the format has, in unusual combinations.
av::Manifest richManifest() {
    av::Manifest manifest;
    manifest.name = "Round trip";
    manifest.transform << 0, -0.95, 0, 0.01, 0, 0, 0.95, -0.9, -0.95, 0, 0, 0.002, 0, 0, 0, 1;
    av::StructureSpec group;
    group.id = "tendon_group";
    group.name = "A group, \"quoted\" and ü";
    group.kind = av::StructureKind::Tendon;
    group.segment = "pelvis";
    group.annotation = "tendon_group";
    av::StructureSpec part;
    part.id = "part_left";
    part.name = "Part (left)";
    part.kind = av::StructureKind::Muscle;
    part.segment = "femur_left";
    part.side = av::Side::Left;
    part.mesh = "sub/part.stl";
    part.meshLow = "low/part.stl";
    part.color = {0.1f, 0.2f, 0.3f};  // not a "#rrggbb" colour: written as numbers
    part.opacity = 0.85f;
    part.unitScale = 0.001;
    part.transform << 1, 0, 0, 0.5, 0, 0, -1, 0.25, 0, 1, 0, -0.125, 0, 0, 0, 1;
    part.annotation = "some_text";
    part.parent = "tendon_group";
    part.muscle = "semimembranosus";
    part.spans = {"pelvis", "femur"};
    part.path = {{"pelvis", {-0.14, 0.03, 0.075}}, {"femur", {-0.09, -0.18, 0.11}}};
    av::StructureSpec middle;
    middle.id = "sacrum";
    middle.name = "Sacrum";
    middle.kind = av::StructureKind::Bone;
    middle.segment = "pelvis";
    middle.side = av::Side::Midline;
    middle.mesh = "sacrum.glb";
    middle.color = {230 / 255.0f, 220 / 255.0f, 195 / 255.0f};
    middle.unitScale = 0.01;
    middle.annotation = "sacrum";
    manifest.structures = {group, part, middle};
    return manifest;
}

}  // namespace

TEST_CASE("manifest writer: write then read gives the same specs, and the same text again") {
    TempFolder folder;
    const av::Manifest written = richManifest();
    const auto path = folder.path() / "atlas.json";
    av::writeManifest(written, path);
    av::Diagnostics diagnostics;
    const av::Manifest read = av::readManifest(path, diagnostics);
    CHECK(diagnostics.empty());
    CHECK(read.name == written.name);
    CHECK(read.transform == written.transform);
    REQUIRE(read.structures.size() == written.structures.size());
    for (std::size_t i = 0; i < read.structures.size(); ++i) {
        CAPTURE(read.structures[i].id);
        CHECK(read.structures[i] == written.structures[i]);
    }
    const std::string text = readText(path);
    CHECK(text == av::manifestText(read));
    CHECK(text.find("\"version\": 2") != std::string::npos);
    CHECK(text.find("\"color\": \"#e6dcc3\"") != std::string::npos);  // hex colours stay hex
    CHECK(text.find("\"opacity\": 0.85") != std::string::npos);       // not 0.8500000238418579
    CHECK(text.back() == '\n');
    // Atomic: no temporary file is left beside it.
    CHECK(std::distance(std::filesystem::directory_iterator(folder.path()), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("manifest writer: a unit the format cannot say is refused") {
    av::Manifest manifest = richManifest();
    manifest.structures[1].unitScale = 0.0254;
    CHECK_THROWS_WITH_AS(av::manifestText(manifest), doctest::Contains("part_left"), std::invalid_argument);
}

TEST_CASE("manifest writer: the shipped atlas.json is exactly what the writer writes") {
    const auto shipped = std::filesystem::path(AV_SOURCE_DIR) / "meshes" / "atlas.json";
    av::Diagnostics diagnostics;
    const av::Manifest manifest = av::readManifest(shipped, diagnostics);
    CHECK(diagnostics.empty());
    CHECK(av::manifestText(manifest) == readText(shipped));
}

TEST_CASE("the shipped atlas says each structure's side: left copies left, the sacrum midline") {
    av::Diagnostics diagnostics;
    const av::Manifest manifest = av::readManifest(std::filesystem::path(AV_SOURCE_DIR) / "meshes" / "atlas.json", diagnostics);
    const std::string text = readText(manifest.path);
    CHECK(text.find("\"side\": ") != std::string::npos);  // written, not inferred
    for (const auto& spec : manifest.structures) {
        CAPTURE(spec.id);
        const bool leftCopy = spec.id.size() > 5 && spec.id.compare(spec.id.size() - 5, 5, "_left") == 0;
        if (leftCopy) CHECK(spec.side == av::Side::Left);
        else if (spec.id == "sacrum") CHECK(spec.side == av::Side::Midline);
        else if (spec.kind == av::StructureKind::Bone) CHECK(spec.side == av::Side::Right);
    }
}

TEST_CASE("manifest v2: sides are read; absent, they are inferred from a _left id or segment") {
    TempFolder folder;
    folder.write("cube.obj", av::test::cubeObj());
    const std::string structures = structure("femur", "femur") + "," + structure("femur_left", "femur_left") + "," +
                                   structure("pelvis_left", "pelvis") + "," +
                                   structure("sacrum", "pelvis", R"(, "side": "midline")") + "," +
                                   structure("odd", "femur_left", R"(, "side": "right")");
    for (int version : {1, 2}) {
        CAPTURE(version);
        const auto path = folder.write("atlas.json", manifestV(version, structures));
        av::Diagnostics diagnostics;
        const av::Atlas atlas = av::loadAtlas(path, diagnostics);
        CHECK(diagnostics.errors.empty());
        REQUIRE(atlas.structures().size() == 5);
        CHECK(atlas.find("femur")->spec.side == av::Side::Right);
        CHECK(atlas.find("femur_left")->spec.side == av::Side::Left);
        CHECK(atlas.find("pelvis_left")->spec.onLeftSide());
        CHECK(atlas.find("sacrum")->spec.side == av::Side::Midline);
        CHECK(atlas.find("odd")->spec.side == av::Side::Right);  // the field wins over the name
    }
    const auto bad = folder.write("bad.json", manifestV(2, structure("femur", "femur", R"(, "side": "both")")));
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(bad, diagnostics);
    CHECK(atlas.structures().empty());
    REQUIRE(diagnostics.errors.size() == 1);
    CHECK(diagnostics.errors[0].find("field 'side'") != std::string::npos);
    CHECK(diagnostics.errors[0].find("\"femur\"") != std::string::npos);
}

TEST_CASE("manifest: a display path is read; a malformed one is refused with the structure named") {
    TempFolder folder;
    folder.write("cube.obj", av::test::cubeObj());
    const std::string good = R"(, "path": [{"segment": "pelvis", "point": [0, 0.1, 0]}, {"segment": "femur", "point": [0, -0.1, 0]}])";
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(folder.write("atlas.json", manifestV(2, structure("gm", "pelvis", good))), diagnostics);
    CHECK(diagnostics.errors.empty());
    REQUIRE(atlas.find("gm"));
    REQUIRE(atlas.find("gm")->spec.path.size() == 2);
    CHECK(atlas.find("gm")->spec.path[1].segment == "femur");
    CHECK(atlas.find("gm")->spec.path[1].point.y() == doctest::Approx(-0.1));
    for (const std::string& bad : {std::string(R"(, "path": [{"segment": "pelvis", "point": [0, 0, 0]}])"),
                                   std::string(R"(, "path": [{"segment": "pelvis", "point": [0, 0]}, {"segment": "femur", "point": [0, 1, 0]}])"),
                                   std::string(R"(, "path": [{"point": [0, 0, 0]}, {"segment": "femur", "point": [0, 1, 0]}])"),
                                   std::string(R"(, "path": [{"segment": "pelvis", "point": [0, 0, 0]}, {"segment": "femur", "point": [0, 0, 0]}])")}) {
        CAPTURE(bad);
        av::Diagnostics refused;
        const av::Atlas none = av::loadAtlas(folder.write("bad.json", manifestV(2, structure("gm", "pelvis", bad))), refused);
        CHECK(none.structures().empty());
        REQUIRE(refused.errors.size() == 1);
        CHECK(refused.errors[0].find("field 'path'") != std::string::npos);
        CHECK(refused.errors[0].find("\"gm\"") != std::string::npos);
    }
}

TEST_CASE("manifest v2: the atlas-wide transform applies after each structure's own unit and transform") {
    TempFolder folder;
    folder.write("cube.obj", av::test::cubeObj(100.0));  // millimetres
    // Own: mm, then 1 m along X. Atlas-wide: scale 2 and 0.5 m along Y.
    const auto path = folder.write(
        "atlas.json",
        manifestV(2, structure("femur", "femur", R"(, "unit": "mm", "transform": [1,0,0,1, 0,1,0,0, 0,0,1,0, 0,0,0,1])"),
                  R"("transform": [2,0,0,0, 0,2,0,0.5, 0,0,2,0, 0,0,0,1], )"));
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(path, diagnostics);
    CHECK(diagnostics.errors.empty());
    REQUIRE(atlas.structures().size() == 1);
    const av::Bounds b = atlas.bounds(0);
    CHECK(b[0] == doctest::Approx(1.9));  // (1 - 0.05) * 2
    CHECK(b[1] == doctest::Approx(2.1));
    CHECK(b[2] == doctest::Approx(0.4));  // -0.05 * 2 + 0.5
    CHECK(b[3] == doctest::Approx(0.6));

    for (const std::string bad : {"[1,0,0]", "[1,0,0,0, 0,1,0,0, 0,0,1,0, 1,0,0,1]", "\"identity\""}) {
        const auto broken = folder.write("broken.json", manifestV(2, structure("femur", "femur"), "\"transform\": " + bad + ", "));
        CHECK_THROWS_WITH_AS(av::loadAtlas(broken, diagnostics), doctest::Contains("atlas-wide field 'transform'"),
                             av::ManifestError);
    }
}

TEST_CASE("manifest: versions 1 and 2 load; 0 and 3 are refused naming the versions read") {
    TempFolder folder;
    folder.write("cube.obj", av::test::cubeObj());
    for (int version : {0, 3}) {
        const auto path = folder.write("atlas.json", manifestV(version, structure("femur", "femur")));
        av::Diagnostics diagnostics;
        CHECK_THROWS_WITH_AS(av::loadAtlas(path, diagnostics), doctest::Contains("versions 1 to 2"), av::ManifestError);
    }
}

TEST_CASE("atlas: the side of a mesh from where it lies") {
    CHECK(av::sideOfBounds({0, 1, 0, 1, 0.02, 0.15}) == av::Side::Right);
    CHECK(av::sideOfBounds({0, 1, 0, 1, -0.15, -0.005}) == av::Side::Left);
    CHECK(av::sideOfBounds({0, 1, 0, 1, -0.05, 0.05}) == av::Side::Midline);
    CHECK(av::sideOfBounds({0, 1, 0, 1, -0.005, 0.12}) == av::Side::Right);  // touches the midline only
}

TEST_CASE("atlas: ids are found through the map, parts linked, for thousands of structures") {
    std::vector<av::Structure> structures;
    av::StructureSpec group;
    group.id = "group";
    structures.push_back({group, {}, {}, {}});
    for (int i = 0; i < 5000; ++i) {
        av::StructureSpec spec;
        spec.id = "s" + std::to_string(i);
        spec.mesh = "x.obj";
        spec.parent = i % 2 ? "group" : "";
        structures.push_back({spec, {}, {}, {}});
    }
    const av::Atlas atlas("big", std::move(structures));
    CHECK(atlas.indexOf("s4999") == std::optional<std::size_t>(5000));
    CHECK(atlas.indexOf("group") == std::optional<std::size_t>(0));
    CHECK_FALSE(atlas.indexOf("s5000"));
    CHECK_FALSE(atlas.indexOf(""));
    CHECK(atlas.structures()[0].parts.size() == 2500);
    CHECK(atlas.find("s17")->spec.parent == "group");
}
