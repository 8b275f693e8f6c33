// The simulated ultrasound's physics, checked on the shipped atlas through the images themselves: the bone
// shadow, the anechoic bursa, tendon anisotropy and speckle that stays on the body.
#include "core/ultrasound/tissue_texture.h"
#include "ultrasound_test_support.h"

#include <Eigen/Geometry>

#include <cmath>

namespace {

using Eigen::Vector3d;

constexpr const char* kTransverse = "ischial_tuberosity_transverse";

}  // namespace

TEST_CASE("ultrasound: below the bone cortex the image is under 15% as bright as above it") {
    const av::Probe probe = ustest::seatedPreset(kTransverse);
    const av::UltrasoundSettings settings = ustest::presetSettings(kTransverse);
    const av::UltrasoundImage image = ustest::image(probe, settings);
    ustest::dumpPgm(image, "transverse");
    const av::TriangleBvh& pelvis = ustest::neutralScene().bvh(ustest::indexOf("pelvis"));
    const av::ScanGeometry geometry(probe, settings);
    // Along each scanline that meets the bone: the 10 mm of soft tissue above its surface against the
    // 10 mm below the cortex (from 3 mm under the surface).
    double above = 0, below = 0;
    int lines = 0;
    for (int i = 0; i < geometry.lines(); i += 4) {
        Vector3d face, direction;
        geometry.scanline(i, face, direction);
        const auto hit = pelvis.firstHit(face, direction, geometry.depthMm() * 1e-3);
        if (!hit || hit->t * 1e3 < 15 || hit->t * 1e3 > geometry.depthMm() - 15) continue;
        auto pixel = [&](double tMm) {
            const Vector3d p = face + direction * (tMm * 1e-3) - geometry.centre();
            const double x = p.dot(geometry.lateral()) * 1e3, y = p.dot(geometry.down()) * 1e3;
            const int c = std::clamp(int((x / image.widthMm + 0.5) * image.columns), 0, image.columns - 1);
            const int r = std::clamp(int(y / image.depthMm * image.rows), 0, image.rows - 1);
            return double(image.at(c, r));
        };
        for (double d = 2; d <= 12; d += 0.5) above += pixel(hit->t * 1e3 - d);
        for (double d = 3; d <= 13; d += 0.5) below += pixel(hit->t * 1e3 + d);
        ++lines;
    }
    REQUIRE(lines >= 8);
    INFO("mean above " << above / lines / 21 << ", below " << below / lines / 21);
    CHECK(above > 0);
    CHECK(below < 0.15 * above);
}

TEST_CASE("ultrasound: the bursa is darker than the gluteus maximus around it") {
    const av::Probe probe = ustest::seatedPreset(kTransverse);
    const av::UltrasoundSettings settings = ustest::presetSettings(kTransverse);
    const av::UltrasoundImage image = ustest::image(probe, settings);
    const std::size_t bursa = ustest::indexOf("ischiogluteal_bursa"), gluteus = ustest::indexOf("gluteus_maximus");
    const Vector3d lo = ustest::neutralScene().bvh(bursa).boundsMin(), hi = ustest::neutralScene().bvh(bursa).boundsMax();
    const Vector3d centre = (lo + hi) / 2;
    int inBursa = 0, inMuscle = 0;
    const double fluid = ustest::meanWhere(image, probe, settings, [&](const Vector3d& p, double, double) {
        return (p - centre).norm() < 0.02 && ustest::deepInside(bursa, p, 1.0);
    }, inBursa);
    const double muscle = ustest::meanWhere(image, probe, settings, [&](const Vector3d& p, double, double) {
        return (p - centre).norm() < 0.02 && ustest::deepInside(gluteus, p, 1.0);
    }, inMuscle);
    REQUIRE(inBursa > 50);
    REQUIRE(inMuscle > 200);
    INFO("bursa " << fluid << " (" << inBursa << " pixels), gluteus maximus " << muscle << " (" << inMuscle << ")");
    CHECK(fluid < 0.5 * muscle);
}

double radToDegTest(double rad) { return rad * 180.0 / 3.14159265358979; }

TEST_CASE("ultrasound: a tendon is brighter with the beam perpendicular to it than 10 degrees off") {
    // Transverse over the conjoint tendon where it has left the bone (nearer its origin it lies on the
    // tuberosity, whose echo and shadow fall in the tendon's pixels too).
    const std::size_t tendon = ustest::indexOf("conjoint_tendon");
    const Vector3d inside(-0.111, -0.138, 0.062);
    REQUIRE(ustest::neutralScene().bvh(tendon).contains(inside));
    // Square on: the beam perpendicular both to the probe's (transverse) axis and to the tendon's fibres. The
    // probe sits on the skin where that beam through the tendon comes out, aimed through the tendon.
    const av::FibreField fibres(ustest::neutralScene().mesh(tendon).positions);
    // A short-axis view: the probe's axis across the tendon (the transverse axis less its part along the fibres).
    const Vector3d fibre = fibres.direction(inside);
    const Vector3d across = (Vector3d::UnitZ() - Vector3d::UnitZ().dot(fibre) * fibre).normalized();
    Vector3d square = across.cross(fibre).normalized();
    if (square.x() < 0) square = -square;  // into the body, from behind
    const auto seated = av::seatProbe(ustest::neutralScene(), inside - square * 0.09, across, av::Probe{});
    REQUIRE(seated);
    av::Probe probe = seated->probe;
    probe.type = av::ProbeType::Curvilinear;
    probe.footprintMm = 60;
    const av::Probe perpendicular = av::aimedAt(probe, probe.position + square * 0.07);
    const Vector3d beam = av::orthonormalised(perpendicular).beam();
    INFO("beam to fibres: " << radToDegTest(std::acos(std::abs(beam.dot(fibre)))) << " degrees");
    REQUIRE(std::abs(beam.dot(fibre)) < 0.05);  // within 3 degrees of square on
    av::Probe oblique = perpendicular;
    oblique.tiltDeg += 10;
    const av::UltrasoundSettings settings = ustest::presetSettings(kTransverse);
    auto tendonBrightness = [&](const av::Probe& p, const char* name) {
        const av::UltrasoundImage image = ustest::image(p, settings);
        ustest::dumpPgm(image, name);
        int count = 0;
        const double mean = ustest::meanWhere(image, p, settings, [&](const Vector3d& q, double, double) {
            return (q - inside).norm() < 0.03 && ustest::deepInside(tendon, q, 0.5);
        }, count);
        REQUIRE(count > 30);
        return mean;
    };
    const double square_on = tendonBrightness(perpendicular, "tendon_perpendicular");
    const double off = tendonBrightness(oblique, "tendon_10_degrees_off");
    INFO("perpendicular " << square_on << ", 10 degrees off " << off);
    CHECK(square_on > off + 20);
}

TEST_CASE("ultrasound: the speckle stays on the body when the probe slides 5 mm") {
    // A linear probe whose columns are 40 mm / 256 apart: a 5 mm slide moves the body by exactly 32 columns.
    av::Probe probe = ustest::seatedPreset(kTransverse);
    probe.type = av::ProbeType::Linear;
    probe.footprintMm = 40;
    av::UltrasoundSettings settings = ustest::presetSettings(kTransverse);
    settings.columns = 256;
    settings.rows = 400;
    settings.depthCm = 6;
    av::Probe slid = probe;
    slid.position += probe.axis * 0.005;
    const av::UltrasoundImage before = ustest::image(probe, settings), after = ustest::image(slid, settings);
    ustest::dumpPgm(before, "speckle_before");
    ustest::dumpPgm(after, "speckle_after");
    double sameBody = 0, sameProbe = 0;
    int count = 0;
    for (int r = 40; r < settings.rows; ++r)  // below the skin
        for (int c = 0; c + 32 < settings.columns; ++c) {
            sameBody += std::abs(double(before.at(c + 32, r)) - after.at(c, r));
            sameProbe += std::abs(double(before.at(c, r)) - after.at(c, r));
            ++count;
        }
    INFO("mean difference, same place in the body " << sameBody / count << ", same place under the probe "
                                                  << sameProbe / count);
    CHECK(sameBody / count < 1.0);
    CHECK(sameProbe / count > 10.0);  // there is speckle to compare: under the probe the picture changed
}

TEST_CASE("ultrasound: higher frequency attenuates more and makes finer speckle") {
    av::Probe probe = ustest::seatedPreset(kTransverse);
    av::UltrasoundSettings low = ustest::presetSettings(kTransverse), high = low;
    low.frequencyMhz = 3;
    high.frequencyMhz = 9;
    const av::UltrasoundImage a = ustest::image(probe, low), b = ustest::image(probe, high);
    // Deep in the image (60-70 mm, above the bone), the higher frequency has lost more.
    auto bandMean = [&](const av::UltrasoundImage& image, int column0, int column1) {
        double sum = 0;
        int count = 0;
        for (int r = int(0.6 * image.rows); r < int(0.7 * image.rows); ++r)
            for (int c = column0; c < column1; ++c) sum += image.at(c, r), ++count;
        return sum / count;
    };
    CHECK(bandMean(b, 100, 156) < bandMean(a, 100, 156) - 10);
    // Finer speckle: neighbouring samples along a line differ more often at the higher frequency... measured
    // as the mean absolute difference between rows one apart, in the fat near the skin.
    auto roughness = [&](const av::UltrasoundImage& image) {
        double sum = 0;
        int count = 0;
        for (int r = 20; r < 60; ++r)
            for (int c = 110; c < 146; ++c) sum += std::abs(double(image.at(c, r + 1)) - image.at(c, r)), ++count;
        return sum / count;
    };
    CHECK(roughness(b) > roughness(a));
}

TEST_CASE("ultrasound: gain and TGC brighten the image where they are applied") {
    const av::Probe probe = ustest::seatedPreset(kTransverse);
    av::UltrasoundSettings base = ustest::presetSettings(kTransverse);
    av::UltrasoundSettings gained = base, deep = base;
    gained.gainDb = 10;
    deep.tgcDb = {0, 0, 0, 0, 0, 20};  // only the deepest part
    const av::UltrasoundImage a = ustest::image(probe, base), b = ustest::image(probe, gained), c = ustest::image(probe, deep);
    // Mean over the rows' pixels that show tissue (not black: outside the fan or in a shadow).
    auto rowsMean = [](const av::UltrasoundImage& image, double from, double to) {
        double sum = 0;
        int count = 0;
        for (int r = int(from * image.rows); r < int(to * image.rows); ++r)
            for (int k = 0; k < image.columns; ++k)
                if (image.at(k, r) > 0) sum += image.at(k, r), ++count;
        return count ? sum / count : 0.0;
    };
    CHECK(rowsMean(b, 0.1, 0.3) > rowsMean(a, 0.1, 0.3) + 20);
    CHECK(rowsMean(c, 0.1, 0.2) == doctest::Approx(rowsMean(a, 0.1, 0.2)).epsilon(0.02));
    CHECK(rowsMean(c, 0.9, 1.0) > rowsMean(a, 0.9, 1.0) + 15);
}
