// The BVH against brute force on a closed sphere: every query the instruments and the ultrasound rely on; and
// the inside grid that keeps soft tissue out of the bones against the BVH's own inside test.
#include "core/geometry/inside_grid.h"
#include "core/geometry/triangle_bvh.h"

#include <doctest/doctest.h>
#include <Eigen/Geometry>

#include <cmath>
#include <random>

namespace {

using av::Mesh;
using Eigen::Vector3d;

// A closed UV sphere, counter-clockwise seen from outside.
Mesh sphere(const Vector3d& centre, double radius, int rings = 24, int segments = 48) {
    Mesh mesh;
    mesh.positions.push_back({float(centre.x()), float(centre.y() + radius), float(centre.z())});
    for (int r = 1; r < rings; ++r)
        for (int s = 0; s < segments; ++s) {
            const double theta = M_PI * r / rings, phi = 2 * M_PI * s / segments;
            mesh.positions.push_back({float(centre.x() + radius * std::sin(theta) * std::cos(phi)),
                                      float(centre.y() + radius * std::cos(theta)),
                                      float(centre.z() + radius * std::sin(theta) * std::sin(phi))});
        }
    mesh.positions.push_back({float(centre.x()), float(centre.y() - radius), float(centre.z())});
    const auto ring = [&](int r, int s) { return std::uint32_t(1 + (r - 1) * segments + (s % segments)); };
    const std::uint32_t bottom = std::uint32_t(mesh.positions.size() - 1);
    for (int s = 0; s < segments; ++s) {
        mesh.triangles.push_back({0, ring(1, s + 1), ring(1, s)});
        for (int r = 1; r + 1 < rings; ++r) {
            mesh.triangles.push_back({ring(r, s), ring(r, s + 1), ring(r + 1, s)});
            mesh.triangles.push_back({ring(r, s + 1), ring(r + 1, s + 1), ring(r + 1, s)});
        }
        mesh.triangles.push_back({ring(rings - 1, s), ring(rings - 1, s + 1), bottom});
    }
    return mesh;
}

}  // namespace

TEST_CASE("a ray through a sphere enters once, then leaves, at the radius") {
    const Mesh ball = sphere({0.1, 0.2, 0.3}, 0.05);
    const av::TriangleBvh bvh(ball.positions, ball.triangles);
    std::vector<av::RayHit> hits;
    bvh.allHits({0.1, 0.2, 0.0}, {0, 0, 1}, 1.0, hits);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].entering);
    CHECK_FALSE(hits[1].entering);
    CHECK(hits[0].t == doctest::Approx(0.25).epsilon(0.01));
    CHECK(hits[1].t == doctest::Approx(0.35).epsilon(0.01));
    CHECK(hits[0].normal.z() < -0.9);  // outward, facing the ray
    const auto first = bvh.firstHit({0.1, 0.2, 0.0}, {0, 0, 1}, 1.0);
    REQUIRE(first);
    CHECK(first->t == doctest::Approx(hits[0].t));
    CHECK_FALSE(bvh.firstHit({0.1, 0.2, 0.0}, {0, 0, 1}, 0.2));  // stops short of the sphere
    CHECK_FALSE(bvh.firstHit({0.1, 0.2, 0.0}, {0, 0, -1}, 1.0));  // looks away from it
}

TEST_CASE("nearest point, containment and segment distance agree with the sphere's geometry") {
    const Vector3d centre(0.0, 0.0, 0.0);
    const double radius = 0.04;
    const Mesh ball = sphere(centre, radius, 48, 96);
    const av::TriangleBvh bvh(ball.positions, ball.triangles);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> coordinate(-0.1, 0.1);
    for (int i = 0; i < 200; ++i) {
        const Vector3d p(coordinate(random), coordinate(random), coordinate(random));
        const auto nearest = bvh.nearest(p);
        REQUIRE(nearest);
        // Facets lie inside the true sphere by at most radius * (1 - cos(pi / 48)).
        CHECK(std::abs(nearest->distance - std::abs(p.norm() - radius)) < 1e-4);
        if (p.norm() < radius - 1e-4) CHECK(bvh.contains(p));
        if (p.norm() > radius + 1e-4) CHECK_FALSE(bvh.contains(p));
    }
    // A segment passing 1 cm outside the sphere, and one crossing it.
    const auto beside = bvh.distanceToSegment({-0.1, radius + 0.01, 0}, {0.1, radius + 0.01, 0});
    CHECK(beside.distance == doctest::Approx(0.01).epsilon(0.02));
    CHECK(beside.s == doctest::Approx(0.5).epsilon(0.05));
    CHECK(bvh.distanceToSegment({-0.1, 0, 0}, {0.1, 0, 0}).distance < 1e-9);
    // A segment wholly inside is as far from the surface as its nearest end.
    CHECK(bvh.distanceToSegment({-0.01, 0, 0}, {0.01, 0, 0}).distance == doctest::Approx(radius - 0.01).epsilon(0.01));
}

TEST_CASE("an empty BVH answers nothing") {
    const av::TriangleBvh bvh;
    CHECK(bvh.empty());
    CHECK_FALSE(bvh.firstHit({0, 0, 0}, {1, 0, 0}, 1));
    CHECK_FALSE(bvh.nearest({0, 0, 0}));
    CHECK_FALSE(bvh.contains({0, 0, 0}));
}

TEST_CASE("the inside grid answers as the BVH does, near the surface and far from it, asked again or not") {
    const Mesh ball = sphere(Vector3d(0.1, -0.2, 0.05), 0.03);
    const av::TriangleBvh bvh(ball.positions, ball.triangles);
    const av::InsideGrid grid(bvh, 0.003);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> across(-0.045, 0.045), near(-0.002, 0.002);
    int inside = 0, disagree = 0;
    for (int i = 0; i < 20000; ++i) {
        Vector3d p = Vector3d(0.1, -0.2, 0.05) + Vector3d(across(random), across(random), across(random));
        // Half of them within 2 mm of the surface, where the grid reads the nearest triangle's side.
        if (i % 2) p = Vector3d(0.1, -0.2, 0.05) + (p - Vector3d(0.1, -0.2, 0.05)).normalized() * (0.03 + near(random));
        const bool expected = bvh.contains(p);
        inside += expected;
        disagree += grid.contains(p) != expected;
        disagree += grid.contains(p) != expected;  // remembered cubes give the same answer
    }
    CHECK(inside > 5000);
    CHECK(disagree == 0);
    CHECK_FALSE(grid.contains(Vector3d(1, 1, 1)));  // beyond the mesh's bounds
}
