// The importer on the BodyParts3D files in ../shared/real-meshes/bodyparts3d, as a user who downloaded them
// would run it: every file mapped to our ids, the scan placed on our bones within a few millimetres, the
// result loaded by the core loader, and the licence written beside it. Skipped with a message when the
// shared folder is absent, except under CI. Nothing of the scan is kept: it all goes to a temporary folder.
#include "fma_table.h"
#include "import_bodyparts3d.h"
#include "import_test_util.h"
#include "registration.h"

#include "core/atlas/atlas.h"

using namespace importtest;
using av::test::TempFolder;

namespace {

double centre(const av::Bounds& b, int axis) { return (b[2 * axis] + b[2 * axis + 1]) / 2; }

}  // namespace

TEST_CASE("import: the BodyParts3D scan becomes an atlas placed on our bones, with its licence") {
    if (!bodyParts3dAvailable()) return;
    TempFolder out;
    av::Diagnostics diagnostics;
    const auto result = atlasimport::importBodyParts3d({bodyParts3d(), out.path(), referenceAtlas()}, diagnostics);
    CHECK(diagnostics.errors.empty());
    MESSAGE("scale " << result.scale << ", hip bone and femur " << result.boneDistanceMm << " mm from ours; triangles "
                     << result.trianglesFull << " full, " << result.trianglesLow << " low");
    CHECK(result.other == 0);
    CHECK(result.trianglesLow <= 100000);

    av::Diagnostics loading;
    const av::Atlas atlas = av::loadAtlas(out.path() / "atlas.json", loading);
    CHECK(loading.errors.empty());
    av::Diagnostics referenceLoading;
    const av::Atlas reference = av::loadAtlas(referenceAtlas(), referenceLoading, false);

    // Every file of the folder that the table knows is there under our id, on its side.
    std::size_t files = 0;
    for (const auto& entry : atlasimport::fmaTable()) {
        if (!std::filesystem::exists(bodyParts3d() / (entry.fma + ".stl"))) continue;
        ++files;
        CAPTURE(entry.id);
        const av::Structure* structure = atlas.find(entry.id);
        REQUIRE(structure);
        CHECK(structure->spec.side == entry.side);
        CHECK(structure->spec.mesh == "meshes/" + entry.fma + ".stl");
        CHECK(!structure->meshLow.triangles.empty());
    }
    CHECK(files == 17);
    CHECK(result.known == files);
    CHECK(atlas.structures().size() == files);
    for (const char* id : {"pelvis", "sacrum", "femur", "semimembranosus", "biceps_femoris_long_head",
                           "gluteus_maximus", "adductor_magnus", "piriformis"})
        CHECK_MESSAGE(atlas.find(id), id);

    // Placed on our hip bone and femur: a few millimetres, as real people differ. The femur both ways; the
    // hip bone from the scan's surface to ours only, because our generated hip bone still differs in shape
    // from this scan by about 5 mm on average (issue 9's table: shape mean 5.1 mm, its volume 14% larger),
    // which bounds how close any placement can bring the two. The registration itself is checked to a
    // fraction of a millimetre on a scan made from our own bones (test_import_synthetic.cpp).
    const auto& pelvis = atlas.find("pelvis")->mesh;
    const double hipMm = 1000 * atlasimport::meanDistanceToSurface(pelvis, reference.find("pelvis")->mesh);
    const double hipBothWaysMm = 1000 * atlasimport::meanSurfaceDistance(pelvis, reference.find("pelvis")->mesh);
    const double femurMm = 1000 * atlasimport::meanSurfaceDistance(atlas.find("femur")->mesh, reference.find("femur")->mesh);
    MESSAGE("mean surface distance to ours: hip bone " << hipMm << " mm (both ways " << hipBothWaysMm << " mm), femur "
                                                       << femurMm << " mm");
    CHECK(hipMm <= 6.0);
    CHECK(femurMm <= 5.0);
    CHECK(result.scale == doctest::Approx(1.0).epsilon(0.15));

    // Anatomy in place: the hamstrings behind the femur and below the hip bone, the sacrum in the middle.
    const av::Bounds femur = atlas.bounds(*atlas.indexOf("femur"));
    const av::Bounds semimembranosus = atlas.bounds(*atlas.indexOf("semimembranosus"));
    CHECK(centre(semimembranosus, 0) < centre(femur, 0));
    CHECK(centre(semimembranosus, 1) < centre(atlas.bounds(*atlas.indexOf("pelvis")), 1));
    CHECK(atlas.find("sacrum")->spec.side == av::Side::Midline);
    CHECK(std::abs(centre(atlas.bounds(*atlas.indexOf("sacrum")), 2)) < 0.02);

    // The default atlas's spec for what it knows: segment, spans, muscle path, colour, annotation.
    for (const char* id : {"semimembranosus", "gluteus_maximus", "patella"}) {
        CAPTURE(id);
        const av::StructureSpec& ours = reference.find(id)->spec;
        const av::StructureSpec& imported = atlas.find(id)->spec;
        CHECK(imported.segment == ours.segment);
        CHECK(imported.spans == ours.spans);
        CHECK(imported.muscle == ours.muscle);
        CHECK(imported.color == ours.color);
        CHECK(imported.annotation == ours.annotation);
    }

    const std::string attribution = readText(out.path() / "ATTRIBUTION.md");
    CHECK(attribution.find("BodyParts3D, © The Database Center for Life Science") != std::string::npos);
    CHECK(attribution.find("CC BY-SA 2.1 JP") != std::string::npos);
    // The user's files are copied as they were.
    CHECK(readText(out.path() / "meshes" / "FMA22448.stl") == readText(bodyParts3d() / "FMA22448.stl"));
}
