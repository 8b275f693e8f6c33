// Mesh deformation along muscle paths and the two-segment blend for soft tissue.
#include "core/motion/kinematics.h"
#include "core/motion/muscle_paths.h"
#include "core/motion/path_deformation.h"
#include "core/motion/segment_blend.h"
#include "mesh_checks.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace {

using av::Mesh;
using meshcheck::selfIntersects;
using av::Vec3f;

Eigen::Vector3d vec(const Vec3f& v) { return {v[0], v[1], v[2]}; }
Vec3f f3(const Eigen::Vector3d& v) { return {float(v.x()), float(v.y()), float(v.z())}; }

// A closed spindle around a polyline: `rings` rings evenly spaced in arc length, `sides` vertices each,
// radius r_end at the ends swelling to r_mid halfway, closed by a flat fan to a pole vertex at each path end
// (vertex 0 = start pole, last vertex = end pole). Rings are perpendicular to their segment.
Mesh spindle(const std::vector<Eigen::Vector3d>& path, int rings, int sides, double r_end, double r_mid) {
    std::vector<double> start{0.0};
    for (std::size_t i = 1; i < path.size(); ++i) start.push_back(start.back() + (path[i] - path[i - 1]).norm());
    const double total = start.back();
    Mesh m;
    m.positions.push_back(f3(path.front()));
    for (int k = 0; k < rings; ++k) {
        const double s = total * k / (rings - 1);
        std::size_t seg = 0;
        while (seg + 2 < path.size() && s > start[seg + 1]) ++seg;
        const Eigen::Vector3d axis = (path[seg + 1] - path[seg]).normalized();
        const Eigen::Vector3d centre = path[seg] + (s - start[seg]) * axis;
        Eigen::Vector3d n = axis.unitOrthogonal();
        const Eigen::Vector3d b = axis.cross(n);
        const double r = r_end + (r_mid - r_end) * std::sin(3.14159265358979 * s / total);
        for (int j = 0; j < sides; ++j) {
            const double a = 2 * 3.14159265358979 * j / sides;
            m.positions.push_back(f3(centre + r * (std::cos(a) * n + std::sin(a) * b)));
        }
    }
    m.positions.push_back(f3(path.back()));
    const auto ring = [&](int k, int j) { return std::uint32_t(1 + k * sides + (j % sides)); };
    const std::uint32_t endPole = std::uint32_t(m.positions.size() - 1);
    for (int j = 0; j < sides; ++j) {
        m.triangles.push_back({0, ring(0, j + 1), ring(0, j)});
        for (int k = 0; k + 1 < rings; ++k) {
            m.triangles.push_back({ring(k, j), ring(k, j + 1), ring(k + 1, j + 1)});
            m.triangles.push_back({ring(k, j), ring(k + 1, j + 1), ring(k + 1, j)});
        }
        m.triangles.push_back({endPole, ring(rings - 1, j), ring(rings - 1, j + 1)});
    }
    return m;
}

double volume(const std::vector<Vec3f>& p, const std::vector<av::Triangle>& tris) {
    double v = 0;
    for (const av::Triangle& t : tris) v += vec(p[t[0]]).dot(vec(p[t[1]]).cross(vec(p[t[2]]))) / 6.0;
    return std::abs(v);
}

double longestEdgeRatio(const std::vector<Vec3f>& before, const std::vector<Vec3f>& after,
                        const std::vector<av::Triangle>& tris) {
    double worst = 0;
    for (const av::Triangle& t : tris)
        for (int e = 0; e < 3; ++e) {
            const auto a = t[e], b = t[(e + 1) % 3];
            worst = std::max(worst, (vec(after[a]) - vec(after[b])).norm() / (vec(before[a]) - vec(before[b])).norm());
        }
    return worst;
}

// Named poses, then a sampling of the hip x knee range.
std::vector<av::Pose> posesToCheck() {
    std::vector<av::Pose> poses{
    {90, 0, 0, 0},    // hip flexed, knee straight: hamstrings long
    {0, 0, 0, 90},    // knee flexed: short
    {62, 0, 0, 30},   // sprint late swing
    {-30, 0, 0, 0},   // hip extended
    {90, 0, 0, 90},   // seated
    {120, 0, 0, 0},   // limit of hip flexion
    {0, 0, 0, 120},   // limit of knee flexion
    {30, 15, 30, 60}, // every axis
    {45, -30, -40, 100},
    };
    for (double hip = -30; hip <= 120; hip += 30)
        for (double knee = 0; knee <= 120; knee += 40) poses.push_back({hip, 0, 0, knee});
    return poses;
}

}  // namespace

TEST_CASE("motion: the self-intersection check finds a crossing and passes a clean spindle") {
    const std::vector<Eigen::Vector3d> path{{0, 0, 0}, {0, -0.3, 0}};
    const Mesh m = spindle(path, 20, 10, 0.004, 0.02);
    CHECK_FALSE(selfIntersects(m.positions, m.triangles));
    // Push one ring through the opposite wall.
    std::vector<Vec3f> pushed = m.positions;
    for (int j = 0; j < 10; ++j) {
        Vec3f& v = pushed[1 + 10 * 10 + j];
        v[0] = -v[0] * 1.0f + (j < 5 ? -0.05f : 0.05f);
    }
    CHECK(selfIntersects(pushed, m.triangles));
}

TEST_CASE("motion: binding to the neutral path gives the mesh back") {
    const av::gait2392::MuscleDefinition& st = *av::findMuscle("semitendinosus");
    const std::vector<Eigen::Vector3d> path = av::displayPathPoints(st, av::Pose{});
    const Mesh m = spindle(path, 40, 12, 0.004, 0.025);
    const Mesh same = av::deformAlongPath(m, path, path);
    REQUIRE(same.positions.size() == m.positions.size());
    CHECK(same.triangles == m.triangles);
    for (std::size_t i = 0; i < m.positions.size(); ++i) CHECK((vec(same.positions[i]) - vec(m.positions[i])).norm() < 1e-6);
}

TEST_CASE("motion: a path turned rigidly turns the mesh rigidly, without twist") {
    const std::vector<Eigen::Vector3d> path{{0, 0, 0}, {0.01, -0.3, 0.02}};
    Mesh m = spindle(path, 20, 10, 0.004, 0.02);
    // Rotation about an axis across the path (through its start): a rotation-minimising frame reproduces it.
    const Eigen::Vector3d axis = Eigen::Vector3d(0.01, -0.3, 0.02).cross(Eigen::Vector3d(0.3, 0.2, 1)).normalized();
    const Eigen::Matrix3d r = Eigen::AngleAxisd(0.7, axis).toRotationMatrix();
    const Mesh turned = av::deformAlongPath(m, path, {r * path[0], r * path[1]});
    for (std::size_t i = 0; i < m.positions.size(); ++i) CHECK((vec(turned.positions[i]) - r * vec(m.positions[i])).norm() < 1e-6);
}

TEST_CASE("motion: stretching the path thins the belly and keeps the volume") {
    const std::vector<Eigen::Vector3d> path{{0, 0, 0}, {0, -0.3, 0}};
    const Mesh m = spindle(path, 41, 16, 0.004, 0.02);
    const Mesh longer = av::deformAlongPath(m, path, {path[0], {0, -0.36, 0}});  // 20% longer
    // Mid ring (ring 20) keeps its place along the path at 20% further and shrinks by 1/sqrt(1.2).
    const Eigen::Vector3d mid0 = vec(m.positions[1 + 20 * 16]), mid1 = vec(longer.positions[1 + 20 * 16]);
    CHECK(mid1.y() == doctest::Approx(mid0.y() * 1.2).epsilon(1e-5));
    CHECK(std::hypot(mid1.x(), mid1.z()) == doctest::Approx(std::hypot(mid0.x(), mid0.z()) / std::sqrt(1.2)).epsilon(1e-5));
    CHECK(volume(longer.positions, m.triangles) / volume(m.positions, m.triangles) == doctest::Approx(1.0).epsilon(0.01));
    // The ends keep their size: the first ring's radius is unchanged.
    CHECK(std::hypot(longer.positions[1][0], longer.positions[1][2]) == doctest::Approx(0.004).epsilon(1e-4));
}

TEST_CASE("motion: muscle meshes keep volume, stay attached and do not fold at named poses") {
    for (const av::gait2392::MuscleDefinition& muscle : av::gait2392::hamstrings()) {
        const std::vector<Eigen::Vector3d> neutralPath = av::displayPathPoints(muscle, av::Pose{});
        const Mesh m = spindle(neutralPath, 36, 10, 0.004, 0.022);
        REQUIRE_FALSE(selfIntersects(m.positions, m.triangles));
        const double v0 = volume(m.positions, m.triangles);
        const av::PathBinding binding = av::bindToPath(m, neutralPath);
        for (const av::Pose& pose : posesToCheck()) {
            CAPTURE(muscle.id);
            CAPTURE(pose.hip_flexion_deg);
            CAPTURE(pose.knee_flexion_deg);
            const std::vector<Eigen::Vector3d> posedPath = av::displayPathPoints(muscle, pose);
            std::vector<Vec3f> pos, nrm;
            av::applyPathBinding(binding, posedPath, pos, nrm);
            CHECK(nrm.empty());
            CHECK(std::abs(volume(pos, m.triangles) / v0 - 1.0) < 0.05);
            // Origin and insertion: the poles sit on the posed path's ends, the end rings keep their radius.
            CHECK((vec(pos.front()) - posedPath.front()).norm() < 1e-6);
            CHECK((vec(pos.back()) - posedPath.back()).norm() < 1e-6);
            CHECK((vec(pos[1]) - posedPath.front()).norm() == doctest::Approx(0.004).epsilon(1e-3));
            // No tearing: no edge more than doubles; no fold: no two triangles cross.
            CHECK(longestEdgeRatio(m.positions, pos, m.triangles) < 2.0);
            CHECK_FALSE(selfIntersects(pos, m.triangles));
        }
    }
}

TEST_CASE("motion: normals follow the deformation") {
    const std::vector<Eigen::Vector3d> path{{0, 0, 0}, {0, -0.3, 0}};
    Mesh m = spindle(path, 11, 8, 0.01, 0.01);  // a cylinder: ring normals point straight out
    m.normals.assign(m.positions.size(), Vec3f{0, 1, 0});
    for (std::size_t i = 1; i + 1 < m.positions.size(); ++i) {
        const Eigen::Vector3d out = Eigen::Vector3d(m.positions[i][0], 0, m.positions[i][2]).normalized();
        m.normals[i] = f3(out);
    }
    const Eigen::Matrix3d r = Eigen::AngleAxisd(av::kPi / 2, Eigen::Vector3d::UnitZ()).toRotationMatrix();
    const Mesh turned = av::deformAlongPath(m, path, {path[0], r * path[1]});
    REQUIRE(turned.normals.size() == m.normals.size());
    for (std::size_t i = 1; i + 1 < m.positions.size(); ++i) CHECK((vec(turned.normals[i]) - r * vec(m.normals[i])).norm() < 1e-5);
}

TEST_CASE("motion: bad paths are refused") {
    const Mesh m = spindle({{0, 0, 0}, {0, -0.3, 0}}, 5, 6, 0.01, 0.02);
    CHECK_THROWS_AS(av::bindToPath(m, {{0, 0, 0}}), std::invalid_argument);
    CHECK_THROWS_AS(av::bindToPath(m, {{0, 0, 0}, {0, 0, 0}}), std::invalid_argument);
    const av::PathBinding b = av::bindToPath(m, {{0, 0, 0}, {0, -0.3, 0}});
    std::vector<Vec3f> p, n;
    CHECK_THROWS_AS(av::applyPathBinding(b, {{0, 0, 0}, {0, -0.2, 0}, {0, -0.3, 0}}, p, n), std::invalid_argument);
}

TEST_CASE("motion: soft tissue across hip and knee blends pelvis, femur and tibia by height") {
    const Eigen::Vector3d hip = av::gait2392::kHipCentreInPelvis;
    const Eigen::Vector3d knee = av::tibiaToPelvis(av::Pose{}).translation();
    Mesh m;
    m.positions = {f3(hip + Eigen::Vector3d(-0.05, 0.10, 0)),     // buttock above the hip: pelvis
                   f3(hip + Eigen::Vector3d(-0.05, -0.25, 0)),    // mid thigh: femur
                   f3(hip + Eigen::Vector3d(-0.05, -0.045, 0)),   // halfway along the hip's axis
                   f3(knee + Eigen::Vector3d(-0.04, -0.10, 0)),   // calf: tibia
                   f3(knee + Eigen::Vector3d(-0.04, -0.04, 0))};  // halfway along the knee's axis
    m.normals.assign(m.positions.size(), Vec3f{-1, 0, 0});
    const av::SegmentBlendBinding b = av::bindSegmentBlend(m, {av::hipBlendAxis(), av::kneeBlendAxis()});
    REQUIRE(b.segments == 3);
    const auto weight = [&](std::size_t v, std::size_t s) { return double(b.weights[v * 3 + s]); };
    CHECK(weight(0, 0) == 1.0);
    CHECK(weight(1, 1) == 1.0);
    CHECK(weight(2, 0) == doctest::Approx(0.5));
    CHECK(weight(2, 1) == doctest::Approx(0.5));
    CHECK(weight(3, 2) == 1.0);
    CHECK(weight(4, 1) == doctest::Approx(0.5));
    CHECK(weight(4, 2) == doctest::Approx(0.5));

    const av::SegmentTransforms t = av::segmentTransforms(av::Pose{90, 0, 0, 90});
    std::vector<Vec3f> pos, nrm;
    av::applySegmentBlend(m, b, {t.pelvis, t.femur, t.tibia}, pos, nrm);
    CHECK((vec(pos[0]) - vec(m.positions[0])).norm() < 1e-6);
    CHECK((vec(pos[1]) - t.femur * vec(m.positions[1])).norm() < 1e-6);
    CHECK((vec(pos[3]) - t.tibia * vec(m.positions[3])).norm() < 1e-6);
    CHECK((vec(nrm[1]) - t.femur.linear() * Eigen::Vector3d(-1, 0, 0)).norm() < 1e-6);
    // Halfway across the hip, a dual-quaternion blend turns the point about the hip by half the flexion: it
    // keeps its distance from the joint, where a linear blend would pull it in (the tissue would shrink).
    const Eigen::Vector3d from = vec(m.positions[2]) - hip, to = vec(pos[2]) - hip;
    CHECK(to.norm() == doctest::Approx(from.norm()).epsilon(1e-6));
    CHECK(std::acos(from.normalized().dot(to.normalized())) == doctest::Approx(av::degToRad(45)).epsilon(1e-4));
    const Eigen::Vector3d linear = 0.5 * (vec(m.positions[2]) + t.femur * vec(m.positions[2]));
    CHECK((linear - hip).norm() < 0.95 * from.norm());
    CHECK(vec(nrm[2]).norm() == doctest::Approx(1.0));
    CHECK_THROWS_AS(av::bindSegmentBlend(m, {{hip, hip}}), std::invalid_argument);
    CHECK_THROWS_AS(av::applySegmentBlend(m, b, {t.pelvis, t.femur}, pos, nrm), std::invalid_argument);
}
