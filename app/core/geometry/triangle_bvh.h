#pragma once
// Ray and nearest-point queries on one triangle mesh, through a bounding-volume hierarchy. The queries the
// instruments need (seat a probe on the skin, where a needle crosses what), the simulated ultrasound
// (every interface a scanline meets) and the needle planner (how close a shaft comes to the nerve).
// Units are those of the positions given (the atlas frame, metres, wherever the core uses it).
#include "core/mesh.h"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <vector>

namespace av {

struct RayHit {
    double t = 0;                 // distance along the (unit) ray direction
    std::uint32_t triangle = 0;   // index into the mesh's triangles
    Eigen::Vector3d point;        // where the ray meets the triangle
    Eigen::Vector3d normal;       // the triangle's outward unit normal (counter-clockwise seen from outside)
    bool entering = false;        // the ray crosses from outside to inside (against the normal)
};

struct NearestPoint {
    double distance = 0;
    Eigen::Vector3d point;   // the nearest point on the surface
    Eigen::Vector3d normal;  // the outward unit normal of the triangle it lies on
    std::uint32_t triangle = 0;
};

class TriangleBvh {
public:
    TriangleBvh() = default;
    // Copies the positions; the triangles index them. Degenerate triangles are kept but never hit.
    TriangleBvh(const std::vector<Vec3f>& positions, const std::vector<Triangle>& triangles);

    bool empty() const { return nodes_.empty(); }
    // Axis-aligned bounds of every triangle: min, max.
    Eigen::Vector3d boundsMin() const;
    Eigen::Vector3d boundsMax() const;

    // The first crossing along origin + t * direction (direction unit length) with 0 <= t <= maxT.
    std::optional<RayHit> firstHit(const Eigen::Vector3d& origin, const Eigen::Vector3d& direction, double maxT) const;
    // Every crossing with 0 <= t <= maxT, nearest first (appended to `hits`, which is cleared first).
    void allHits(const Eigen::Vector3d& origin, const Eigen::Vector3d& direction, double maxT,
                 std::vector<RayHit>& hits) const;
    // The nearest point of the surface to p, searched no further than maxDistance.
    std::optional<NearestPoint> nearest(const Eigen::Vector3d& p, double maxDistance = 1e30) const;
    // The shortest distance between the segment a-b and the surface (0 when the segment crosses it),
    // with the nearest surface point and the parameter s (0 at a, 1 at b) on the segment.
    struct SegmentDistance {
        double distance = 1e30;
        double s = 0;
        Eigen::Vector3d surfacePoint = Eigen::Vector3d::Zero();
    };
    SegmentDistance distanceToSegment(const Eigen::Vector3d& a, const Eigen::Vector3d& b) const;
    // Inside a closed surface: crossings of a ray to far away, counted with their direction.
    bool contains(const Eigen::Vector3d& p) const;

private:
    struct Node {
        Eigen::Vector3f lo, hi;
        std::uint32_t first = 0, count = 0;  // leaf: a range of order_; inner: count == 0, children at first, first+1
    };
    void build(std::uint32_t node, std::uint32_t begin, std::uint32_t end);
    std::uint32_t add(std::uint32_t begin, std::uint32_t end);

    std::vector<Eigen::Vector3f> vertices_;
    std::vector<Triangle> triangles_;
    std::vector<Eigen::Vector3f> centroids_;
    std::vector<std::uint32_t> order_;  // triangle indices, grouped by leaf
    std::vector<Node> nodes_;
};

}  // namespace av
