// Where the simulated image lies: the scanlines' geometry, the centre line's depths against plain ray
// casting (every triangle, no BVH), the rows' depths, and the report's JSON fields.
#include "core/ultrasound/ultrasound_report.h"
#include "ultrasound_test_support.h"

#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>

namespace {

using Eigen::Vector3d;

// Every depth (mm from `origin`) at which the ray crosses the mesh, by testing each triangle.
std::vector<double> bruteForceCrossings(const av::Mesh& mesh, const Vector3d& origin, const Vector3d& direction) {
    std::vector<double> out;
    for (const auto& t : mesh.triangles) {
        const Vector3d a(mesh.positions[t[0]][0], mesh.positions[t[0]][1], mesh.positions[t[0]][2]);
        const Vector3d b(mesh.positions[t[1]][0], mesh.positions[t[1]][1], mesh.positions[t[1]][2]);
        const Vector3d c(mesh.positions[t[2]][0], mesh.positions[t[2]][1], mesh.positions[t[2]][2]);
        const Vector3d n = (b - a).cross(c - a);
        const double denominator = n.dot(direction);
        if (std::abs(denominator) < 1e-18) continue;
        const double s = n.dot(a - origin) / denominator;
        const Vector3d p = origin + direction * s;
        // Inside the triangle: on the inner side of its three edges.
        if ((b - a).cross(p - a).dot(n) < 0 || (c - b).cross(p - b).dot(n) < 0 || (a - c).cross(p - c).dot(n) < 0) continue;
        out.push_back(s * 1e3);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void checkCentreLine(const std::string& presetId) {
    const av::Probe probe = ustest::seatedPreset(presetId);
    const av::UltrasoundSettings settings = ustest::presetSettings(presetId);
    const av::UltrasoundInput input{ustest::neutralScene(), ustest::materials(), {}, nullptr, std::nullopt};
    const auto line = av::centreLine(input, probe, settings);
    REQUIRE(line.size() >= 3);
    const Vector3d down = probe.beam();
    for (const auto& segment : line) {
        INFO(presetId << ": " << segment.id << " " << segment.startMm << "-" << segment.endMm << " mm");
        const auto crossings = bruteForceCrossings(ustest::neutralScene().mesh(ustest::indexOf(segment.id)),
                                                   probe.position, down);
        auto nearest = [&](double mm) {
            double best = 1e9;
            for (double t : crossings) best = std::min(best, std::abs(t - mm));
            return best;
        };
        // A depth clipped to the image (0 or the full depth) is where the image ends, not a surface.
        if (segment.startMm > 0.01) CHECK(nearest(segment.startMm) < 0.5);
        if (segment.endMm < settings.depthCm * 10 - 0.01) CHECK(nearest(segment.endMm) < 0.5);
        CHECK(segment.endMm > segment.startMm);
    }
    for (std::size_t i = 1; i < line.size(); ++i) CHECK(line[i].startMm >= line[i - 1].startMm);
}

}  // namespace

TEST_CASE("ultrasound: the centre line's depths agree with ray casting within 0.5 mm") {
    checkCentreLine("ischial_tuberosity_transverse");
    checkCentreLine("ischial_tuberosity_longitudinal");
}

TEST_CASE("ultrasound: the transverse preset's centre line meets gluteus maximus, the bursa and the tendons in order") {
    const av::Probe probe = ustest::seatedPreset("ischial_tuberosity_transverse");
    const av::UltrasoundInput input{ustest::neutralScene(), ustest::materials(), {}, nullptr, std::nullopt};
    const auto line = av::centreLine(input, probe, ustest::presetSettings("ischial_tuberosity_transverse"));
    std::vector<std::string> ids;
    for (const auto& s : line)
        if (s.id != "skin") ids.push_back(s.id);
    REQUIRE(ids.size() >= 3);
    CHECK(ids[0] == "gluteus_maximus");
    CHECK(ids[1] == "ischiogluteal_bursa");
    CHECK(std::find(ids.begin(), ids.end(), "conjoint_tendon") != ids.end());
}

TEST_CASE("ultrasound: with a linear probe, rows are linear in depth (row / rows x depth)") {
    // The bone's surface on the central column appears at the row of its depth on the centre line.
    av::Probe probe = ustest::seatedPreset("ischial_tuberosity_longitudinal");
    probe.type = av::ProbeType::Linear;
    probe.footprintMm = 38;
    av::UltrasoundSettings settings = ustest::presetSettings("ischial_tuberosity_longitudinal");
    settings.columns = 129;  // an odd count: one column on the central beam
    settings.rows = 500;
    const av::UltrasoundImage image = ustest::image(probe, settings);
    double boneMm = -1;
    for (const auto& s : image.centreLine)
        if (s.id == "pelvis") boneMm = s.startMm;
    REQUIRE(boneMm > 0);
    int brightest = image.rows / 10;  // below the skin's own bright line
    for (int r = brightest; r < image.rows; ++r)
        if (image.at(64, r) > image.at(64, brightest)) brightest = r;
    const double rowMm = (brightest + 0.5) / image.rows * image.depthMm;
    INFO("bone at " << boneMm << " mm, brightest row " << brightest << " = " << rowMm << " mm");
    CHECK(std::abs(rowMm - boneMm) < 1.0);
    CHECK(image.widthMm == doctest::Approx(38));
    CHECK(image.depthMm == doctest::Approx(settings.depthCm * 10));
}

TEST_CASE("ultrasound: scanlines are parallel for a linear probe and a fan for a curvilinear one") {
    av::Probe probe;
    probe.position = Vector3d(0, 0, 0);
    probe.normal = Vector3d(-1, 0, 0);
    probe.axis = Vector3d(0, 0, 1);
    probe.footprintMm = 40;
    av::UltrasoundSettings settings;
    settings.columns = 5;
    settings.depthCm = 5;
    Vector3d origin, direction;
    const av::ScanGeometry linear(probe, settings);
    linear.scanline(0, origin, direction);
    CHECK(direction.isApprox(Vector3d(1, 0, 0)));
    CHECK(origin.z() == doctest::Approx(-0.016));  // (0.5 / 5 - 0.5) x 40 mm
    linear.scanline(4, origin, direction);
    CHECK(origin.z() == doctest::Approx(0.016));
    probe.type = av::ProbeType::Curvilinear;
    settings.curvilinearRadiusMm = 40;  // footprint 40 mm on a 40 mm radius: a 1-radian fan
    const av::ScanGeometry fan(probe, settings);
    fan.scanline(0, origin, direction);
    CHECK(std::acos(direction.x()) == doctest::Approx(0.4));  // -0.5 rad + 0.1
    CHECK((origin - Vector3d(-0.04, 0, 0)).norm() == doctest::Approx(0.04));  // on the face's arc
    fan.scanline(2, origin, direction);
    CHECK(direction.isApprox(Vector3d(1, 0, 0)));
    CHECK(fan.widthMm() == doctest::Approx(2 * 90 * std::sin(0.5)));
    // The image plane's mapping and its inverse agree.
    double line = 0, depth = 0;
    REQUIRE(fan.toScan(10, 30, line, depth));
    const Vector3d p = fan.toWorld(10, 30);
    Vector3d lineOrigin, lineDirection;
    fan.scanline(0, lineOrigin, lineDirection);
    const double angle = -0.5 + (line + 0.5) / 5.0;
    const Vector3d along(std::cos(angle), 0, std::sin(angle));
    CHECK((Vector3d(-0.04, 0, 0) + along * (0.04 + depth * 1e-3) - p).norm() < 1e-9);
    CHECK_FALSE(fan.toScan(0, 60, line, depth));  // deeper than the image
}

TEST_CASE("ultrasound: the report gives the contract's fields") {
    const av::Probe probe = ustest::seatedPreset("ischial_tuberosity_transverse");
    av::UltrasoundSettings settings = ustest::presetSettings("ischial_tuberosity_transverse");
    settings.columns = 64;
    settings.rows = 64;
    const nlohmann::json report = av::ultrasoundReportJson(ustest::image(probe, settings));
    for (const char* key : {"width_mm", "depth_mm", "columns", "rows", "centre_line"}) CHECK(report.contains(key));
    CHECK(report["depth_mm"] == 100.0);
    CHECK(report["columns"] == 64);
    REQUIRE(report["centre_line"].is_array());
    REQUIRE_FALSE(report["centre_line"].empty());
    for (const auto& entry : report["centre_line"]) {
        CHECK(entry["id"].is_string());
        CHECK(entry["start_mm"].get<double>() <= entry["end_mm"].get<double>());
    }
}

TEST_CASE("ultrasound: a hidden structure leaves the image and the centre line") {
    const av::Probe probe = ustest::seatedPreset("ischial_tuberosity_transverse");
    const av::UltrasoundSettings settings = ustest::presetSettings("ischial_tuberosity_transverse");
    std::vector<bool> visible(ustest::atlas().structures().size(), true);
    visible[ustest::indexOf("ischiogluteal_bursa")] = false;
    const av::UltrasoundInput input{ustest::neutralScene(), ustest::materials(), visible, nullptr, std::nullopt};
    for (const auto& s : av::centreLine(input, probe, settings)) CHECK(s.id != "ischiogluteal_bursa");
}
