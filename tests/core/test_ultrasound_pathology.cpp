// The pathology toggles: their ids, and what each does to the anatomy and to the image.
#include "core/pathology/pathology_overlay.h"
#include "ultrasound_test_support.h"

#include <Eigen/Geometry>

namespace {

using Eigen::Vector3d;

constexpr const char* kTransverse = "ischial_tuberosity_transverse";

double thicknessOn(const std::vector<av::CentreLineSegment>& line, const std::string& id) {
    double mm = 0;
    for (const auto& s : line)
        if (s.id == id) mm += s.endMm - s.startMm;
    return mm;
}

double meanVertexDistance(const av::Mesh& a, const av::Mesh& b) {
    double sum = 0;
    for (std::size_t i = 0; i < a.positions.size(); ++i)
        sum += (Vector3d(a.positions[i][0], a.positions[i][1], a.positions[i][2]) -
                Vector3d(b.positions[i][0], b.positions[i][1], b.positions[i][2])).norm();
    return sum / double(a.positions.size());
}

}  // namespace

TEST_CASE("pathology: the ids parse, and an unknown one is named with a suggestion") {
    std::string error;
    const auto set = av::parsePathologyList("bursitis, partial_tear", "--pathology", error);
    REQUIRE(set);
    CHECK(set->count(av::Pathology::Bursitis));
    CHECK(set->count(av::Pathology::PartialTear));
    CHECK_FALSE(set->count(av::Pathology::Tendinopathy));
    CHECK(av::pathologyListText(*set) == "bursitis,partial_tear");
    CHECK(av::parsePathologyList("none", "--pathology", error)->empty());
    CHECK_FALSE(av::parsePathologyList("bursitis,tendinopthy", "--pathology", error));
    CHECK(error.find("--pathology") != std::string::npos);
    CHECK(error.find("'tendinopthy'") != std::string::npos);
    CHECK(error.find("did you mean 'tendinopathy'") != std::string::npos);
}

TEST_CASE("pathology: bursitis thickens the bursa on the centre line") {
    const av::Probe probe = ustest::seatedPreset(kTransverse);
    const av::UltrasoundSettings settings = ustest::presetSettings(kTransverse);
    const av::PathologyOverlay bursitis(ustest::neutralScene(), {av::Pathology::Bursitis});
    const av::UltrasoundInput normal{ustest::neutralScene(), ustest::materials(), {}, nullptr, std::nullopt};
    const av::UltrasoundInput swollen{ustest::neutralScene(), ustest::materials(), {}, &bursitis, std::nullopt};
    const double before = thicknessOn(av::centreLine(normal, probe, settings), "ischiogluteal_bursa");
    const double after = thicknessOn(av::centreLine(swollen, probe, settings), "ischiogluteal_bursa");
    INFO("bursa on the centre line: " << before << " mm, with bursitis " << after << " mm");
    CHECK(before > 2.0);
    CHECK(after > before + 4.0);
    // Its deep face stays on the tendon: the bursa grows towards the skin.
    double deepBefore = 0, deepAfter = 0;
    for (const auto& s : av::centreLine(normal, probe, settings)) if (s.id == "ischiogluteal_bursa") deepBefore = s.endMm;
    for (const auto& s : av::centreLine(swollen, probe, settings)) if (s.id == "ischiogluteal_bursa") deepAfter = s.endMm;
    CHECK(std::abs(deepAfter - deepBefore) < 1.5);
    ustest::dumpPgm(ustest::image(probe, settings, &bursitis), "bursitis");
}

TEST_CASE("pathology: tendinopathy thickens the proximal tendons and darkens them") {
    const std::size_t conjoint = ustest::indexOf("conjoint_tendon");
    av::Mesh mesh = ustest::neutralScene().mesh(conjoint);
    REQUIRE(av::applyPathology(ustest::atlas(), {av::Pathology::Tendinopathy}, conjoint, mesh));
    CHECK(meanVertexDistance(mesh, ustest::neutralScene().mesh(conjoint)) > 0.0005);
    av::Mesh untouched = ustest::neutralScene().mesh(ustest::indexOf("gluteus_maximus"));
    CHECK_FALSE(av::applyPathology(ustest::atlas(), {av::Pathology::Tendinopathy}, ustest::indexOf("gluteus_maximus"), untouched));
    const av::PathologyOverlay overlay(ustest::neutralScene(), {av::Pathology::Tendinopathy});
    CHECK(overlay.material("conjoint_tendon") == "tendon_tendinopathic");
    CHECK(ustest::materials().named("tendon_tendinopathic"));
    CHECK(ustest::materials().named("tendon_tendinopathic")->backscatterDb < ustest::materials().named("tendon")->backscatterDb);
}

TEST_CASE("pathology: a partial tear is a fluid cleft inside the conjoint tendon at its origin") {
    const av::PathologyOverlay overlay(ustest::neutralScene(), {av::Pathology::PartialTear});
    REQUIRE(overlay.lesions().size() == 1);
    const av::Lesion& cleft = overlay.lesions().front();
    CHECK(cleft.structure == "conjoint_tendon");
    CHECK(cleft.material == "fluid");
    CHECK(ustest::neutralScene().bvh(ustest::indexOf("conjoint_tendon")).contains(cleft.centre));
    CHECK(cleft.contains(cleft.centre));
    CHECK_FALSE(cleft.contains(cleft.centre + cleft.axes.col(2) * (cleft.radii.z() * 1.1)));
    // Its mesh, for drawing it, is closed around the centre.
    const av::Mesh mesh = av::lesionMesh(cleft);
    const av::TriangleBvh bvh(mesh.positions, mesh.triangles);
    CHECK(bvh.contains(cleft.centre));
    CHECK_FALSE(bvh.contains(cleft.centre + cleft.axes.col(0) * (cleft.radii.x() * 1.2)));
}
