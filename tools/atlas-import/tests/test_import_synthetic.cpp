// The importer on a scan made on the spot from our own meshes, moved into the BodyParts3D frame by a known
// similarity: the registration must find it again. Also unknown files (kept under "Other", with a segment
// and side from where they lie), broken files, and the command line's errors and exit codes. Needs no
// shared data.
#include "fma_table.h"
#include "import_bodyparts3d.h"
#include "import_test_util.h"
#include "registration.h"

#include "core/atlas/atlas.h"

#include <Eigen/Geometry>

#include <regex>
#include <set>

using namespace importtest;
using av::test::TempFolder;

namespace {

// Atlas frame (metres) -> a BodyParts3D-like frame (millimetres, +X left, +Y posterior, +Z superior), with a
// body 6% larger than ours standing 0.9 m higher.
Eigen::Matrix4d atlasToScan() {
    Eigen::Matrix4d similarity = Eigen::Matrix4d::Identity();
    similarity.topLeftCorner<3, 3>() *= 1.06;
    similarity.topRightCorner<3, 1>() = Eigen::Vector3d(0.01, 0.9, -0.02);
    Eigen::Matrix4d toMillimetres = Eigen::Matrix4d::Identity();
    toMillimetres.topLeftCorner<3, 3>() *= 1000;
    return toMillimetres * atlasimport::scanAxes().inverse() * similarity;
}

const av::Atlas& reference() {
    static const av::Atlas atlas = [] {
        av::Diagnostics diagnostics;
        return av::loadAtlas(referenceAtlas(), diagnostics, false);
    }();
    return atlas;
}

// A scan folder: hip bone and femur, a semimembranosus and its mirror image under unknown FMA ids, a broken
// file, and a file that is not a mesh.
void writeScan(const TempFolder& folder) {
    writeStl(reference().find("pelvis")->mesh, atlasToScan(), folder.path() / "FMA16586.stl");
    writeStl(reference().find("femur")->mesh, atlasToScan(), folder.path() / "FMA24474.stl");
    writeStl(reference().find("semimembranosus")->mesh, atlasToScan(), folder.path() / "FMA99999.stl");
    Eigen::Matrix4d mirror = Eigen::Matrix4d::Identity();
    mirror(2, 2) = -1;
    writeStl(reference().find("semimembranosus")->mesh, atlasToScan() * mirror, folder.path() / "FMA99998.stl");
    folder.write("FMA22448.stl", std::string(84, '\0') + "broken");
    folder.write("README.txt", "not a mesh");
}

}  // namespace

TEST_CASE("import: the FMA table maps each file once, to valid ids that agree with the default atlas") {
    std::set<std::string> fmas, ids;
    const std::regex fmaPattern("FMA[0-9]+"), idPattern("[a-z][a-z0-9_]*");
    for (const auto& entry : atlasimport::fmaTable()) {
        CAPTURE(entry.fma);
        CHECK(std::regex_match(entry.fma, fmaPattern));
        CHECK(std::regex_match(entry.id, idPattern));
        CHECK(fmas.insert(entry.fma).second);
        CHECK(ids.insert(entry.id).second);
        CHECK((entry.side == av::Side::Left) == (entry.id.size() > 5 && entry.id.substr(entry.id.size() - 5) == "_left"));
        // Where the default atlas has the structure, the table's fallback says the same.
        if (const av::Structure* ours = reference().find(entry.id)) {
            CHECK(ours->spec.kind == entry.kind);
            CHECK(ours->spec.segment == entry.segment);
            CHECK(ours->spec.side == entry.side);
            CHECK(ours->spec.spans == entry.spans);
        }
    }
    REQUIRE(atlasimport::findFma("fma22448"));
    CHECK(atlasimport::findFma("fma22448")->id == "semimembranosus");
    CHECK(atlasimport::findFma("FMA16586")->id == "pelvis");
    CHECK_FALSE(atlasimport::findFma("FMA99999"));
}

TEST_CASE("import: the registration finds a known placement; unknown files go under Other, broken ones are named") {
    TempFolder source, out;
    writeScan(source);
    av::Diagnostics diagnostics;
    const auto result = atlasimport::importBodyParts3d({source.path(), out.path(), referenceAtlas()}, diagnostics);
    CHECK(result.scale == doctest::Approx(1 / 1.06).epsilon(0.002));
    CHECK(result.boneDistanceMm < 0.5);
    CHECK(result.known == 2);
    CHECK(result.other == 2);
    REQUIRE(diagnostics.errors.size() == 1);
    CHECK(diagnostics.errors[0].find("FMA22448.stl") != std::string::npos);

    av::Diagnostics loading;
    const av::Atlas atlas = av::loadAtlas(out.path() / "atlas.json", loading);
    CHECK(loading.errors.empty());
    CHECK(atlas.ids() == std::vector<std::string>{"pelvis", "femur", "other", "fma99998", "fma99999"});
    // Placed back where our own meshes are, to a fraction of a millimetre.
    CHECK(atlasimport::meanSurfaceDistance(atlas.find("pelvis")->mesh, reference().find("pelvis")->mesh) < 0.0005);
    CHECK(atlasimport::meanSurfaceDistance(atlas.find("fma99999")->mesh, reference().find("semimembranosus")->mesh) <
          0.0005);

    const av::StructureSpec& right = atlas.find("fma99999")->spec;
    CHECK(right.name == "FMA99999");
    CHECK(right.parent == "other");
    CHECK(right.side == av::Side::Right);
    CHECK(right.segment == "femur");  // its centre lies along the thigh
    const av::StructureSpec& left = atlas.find("fma99998")->spec;
    CHECK(left.side == av::Side::Left);
    CHECK(left.segment == "femur_left");
    CHECK(atlas.find("other")->spec.isGroup());
    CHECK(atlas.find("other")->spec.name == "Other");
    // Known files take the default atlas's spec.
    CHECK(atlas.find("pelvis")->spec.name == reference().find("pelvis")->spec.name);
    CHECK(atlas.find("pelvis")->spec.color == reference().find("pelvis")->spec.color);
    CHECK(!atlas.find("pelvis")->meshLow.triangles.empty());
    CHECK(std::filesystem::exists(out.path() / "ATTRIBUTION.md"));
}

TEST_CASE("import: command line errors name the folder or file; usage errors exit 2") {
    TempFolder folder;
    const auto out = (folder.path() / "out").string();
    CHECK(runImport(folder, {}).exitCode == 2);
    CHECK(runImport(folder, {"bodyparts3d"}).exitCode == 2);
    const Run unknownFormat = runImport(folder, {"dicom", folder.path().string(), out});
    CHECK(unknownFormat.exitCode == 2);
    const Run missing = runImport(folder, {"bodyparts3d", (folder.path() / "nowhere").string(), out});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.find("nowhere") != std::string::npos);
    const Run help = runImport(folder, {"--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("bodyparts3d") != std::string::npos);

    TempFolder empty;
    const Run nothing = runImport(folder, {"bodyparts3d", empty.path().string(), out});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.find(empty.path().string()) != std::string::npos);
    CHECK(nothing.err.find("no BodyParts3D mesh files") != std::string::npos);

    TempFolder onlyBroken;
    onlyBroken.write("FMA16586.stl", "solid nonsense");
    const Run broken = runImport(folder, {"bodyparts3d", onlyBroken.path().string(), out});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.find("FMA16586.stl") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(folder.path() / "out" / "atlas.json"));

    TempFolder scan;
    writeScan(scan);
    const Run badReference = runImport(folder, {"bodyparts3d", scan.path().string(), out, "--reference",
                                                (folder.path() / "none.json").string()});
    CHECK(badReference.exitCode == 1);
    CHECK(badReference.err.find("none.json") != std::string::npos);
    const Run partly = runImport(folder, {"bodyparts3d", scan.path().string(), out});
    CHECK(partly.exitCode == 1);  // imported, but a file was left out
    CHECK(partly.err.find("FMA22448.stl") != std::string::npos);
    CHECK(partly.out.find("imported 4 structures") != std::string::npos);
    CHECK(std::filesystem::exists(folder.path() / "out" / "atlas.json"));
}
