#include "core/geometry/triangle_bvh.h"

#include <Eigen/Geometry>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace av {
namespace {

constexpr std::uint32_t kLeafSize = 4;
constexpr int kStackSize = 64;

using V3 = Eigen::Vector3d;

V3 toD(const Eigen::Vector3f& v) { return v.cast<double>(); }

// Slab test: the entry distance of the ray into the box, or nothing when it misses within [0, maxT].
std::optional<double> rayBox(const V3& origin, const V3& inverse, const Eigen::Vector3f& lo, const Eigen::Vector3f& hi,
                             double maxT) {
    double t0 = 0, t1 = maxT;
    for (int k = 0; k < 3; ++k) {
        double a = (lo[k] - origin[k]) * inverse[k], b = (hi[k] - origin[k]) * inverse[k];
        if (a > b) std::swap(a, b);
        t0 = std::max(t0, a);
        t1 = std::min(t1, b);
        if (t0 > t1) return std::nullopt;
    }
    return t0;
}

double boxDistanceSquared(const V3& p, const Eigen::Vector3f& lo, const Eigen::Vector3f& hi) {
    double d2 = 0;
    for (int k = 0; k < 3; ++k) {
        const double e = std::max({double(lo[k]) - p[k], 0.0, p[k] - double(hi[k])});
        d2 += e * e;
    }
    return d2;
}

// Möller-Trumbore. Returns t and whether the ray enters (runs against the counter-clockwise normal).
std::optional<std::pair<double, bool>> rayTriangle(const V3& origin, const V3& direction, const V3& a, const V3& b,
                                                   const V3& c) {
    const V3 e1 = b - a, e2 = c - a;
    const V3 p = direction.cross(e2);
    const double det = e1.dot(p);
    if (std::abs(det) < 1e-18) return std::nullopt;
    const double inv = 1.0 / det;
    const V3 s = origin - a;
    const double u = s.dot(p) * inv;
    if (u < 0 || u > 1) return std::nullopt;
    const V3 q = s.cross(e1);
    const double v = direction.dot(q) * inv;
    if (v < 0 || u + v > 1) return std::nullopt;
    return std::pair{e2.dot(q) * inv, det > 0};
}

// The point of triangle abc nearest to p (Ericson, Real-Time Collision Detection 5.1.5).
V3 nearestOnTriangle(const V3& p, const V3& a, const V3& b, const V3& c) {
    const V3 ab = b - a, ac = c - a, ap = p - a;
    const double d1 = ab.dot(ap), d2 = ac.dot(ap);
    if (d1 <= 0 && d2 <= 0) return a;
    const V3 bp = p - b;
    const double d3 = ab.dot(bp), d4 = ac.dot(bp);
    if (d3 >= 0 && d4 <= d3) return b;
    const double vc = d1 * d4 - d3 * d2;
    if (vc <= 0 && d1 >= 0 && d3 <= 0) return a + ab * (d1 / (d1 - d3));
    const V3 cp = p - c;
    const double d5 = ab.dot(cp), d6 = ac.dot(cp);
    if (d6 >= 0 && d5 <= d6) return c;
    const double vb = d5 * d2 - d1 * d6;
    if (vb <= 0 && d2 >= 0 && d6 <= 0) return a + ac * (d2 / (d2 - d6));
    const double va = d3 * d6 - d5 * d4;
    if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) return b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
    const double denom = 1.0 / (va + vb + vc);
    return a + ab * (vb * denom) + ac * (vc * denom);
}

// Closest points of segments p1-q1 and p2-q2 (Ericson 5.1.9): parameters s on the first, t on the second.
std::pair<double, double> segmentSegment(const V3& p1, const V3& q1, const V3& p2, const V3& q2) {
    const V3 d1 = q1 - p1, d2 = q2 - p2, r = p1 - p2;
    const double a = d1.squaredNorm(), e = d2.squaredNorm(), f = d2.dot(r);
    double s = 0, t = 0;
    if (a <= 1e-24 && e <= 1e-24) return {0, 0};
    if (a <= 1e-24) return {0, std::clamp(f / e, 0.0, 1.0)};
    const double c = d1.dot(r);
    if (e <= 1e-24) return {std::clamp(-c / a, 0.0, 1.0), 0};
    const double b = d1.dot(d2), denom = a * e - b * b;
    s = denom > 1e-24 ? std::clamp((b * f - c * e) / denom, 0.0, 1.0) : 0.0;
    t = (b * s + f) / e;
    if (t < 0) {
        t = 0;
        s = std::clamp(-c / a, 0.0, 1.0);
    } else if (t > 1) {
        t = 1;
        s = std::clamp((b - c) / a, 0.0, 1.0);
    }
    return {s, t};
}

V3 triangleNormal(const V3& a, const V3& b, const V3& c) {
    const V3 n = (b - a).cross(c - a);
    const double length = n.norm();
    return length > 0 ? V3(n / length) : V3(0, 0, 1);
}

}  // namespace

TriangleBvh::TriangleBvh(const std::vector<Vec3f>& positions, const std::vector<Triangle>& triangles)
    : triangles_(triangles) {
    vertices_.reserve(positions.size());
    for (const auto& p : positions) vertices_.emplace_back(p[0], p[1], p[2]);
    centroids_.reserve(triangles.size());
    for (const auto& t : triangles) centroids_.push_back((vertices_[t[0]] + vertices_[t[1]] + vertices_[t[2]]) / 3.0f);
    if (triangles.empty()) return;
    order_.resize(triangles.size());
    std::iota(order_.begin(), order_.end(), 0u);
    nodes_.reserve(2 * triangles.size() / kLeafSize + 2);
    const std::uint32_t root = add(0, std::uint32_t(triangles.size()));
    build(root, 0, std::uint32_t(triangles.size()));
}

std::uint32_t TriangleBvh::add(std::uint32_t begin, std::uint32_t end) {
    Node node;
    node.lo = Eigen::Vector3f::Constant(1e30f);
    node.hi = Eigen::Vector3f::Constant(-1e30f);
    for (std::uint32_t i = begin; i < end; ++i)
        for (std::uint32_t v : triangles_[order_[i]]) {
            node.lo = node.lo.cwiseMin(vertices_[v]);
            node.hi = node.hi.cwiseMax(vertices_[v]);
        }
    node.first = begin;
    node.count = end - begin;
    nodes_.push_back(node);
    return std::uint32_t(nodes_.size() - 1);
}

// Median split along the longest axis of the centroids' bounds: simple, and balanced whatever the mesh.
void TriangleBvh::build(std::uint32_t node, std::uint32_t begin, std::uint32_t end) {
    if (end - begin <= kLeafSize) return;
    Eigen::Vector3f lo = Eigen::Vector3f::Constant(1e30f), hi = Eigen::Vector3f::Constant(-1e30f);
    for (std::uint32_t i = begin; i < end; ++i) {
        lo = lo.cwiseMin(centroids_[order_[i]]);
        hi = hi.cwiseMax(centroids_[order_[i]]);
    }
    int axis = 0;
    (hi - lo).maxCoeff(&axis);
    const std::uint32_t middle = begin + (end - begin) / 2;
    std::nth_element(order_.begin() + begin, order_.begin() + middle, order_.begin() + end,
                     [&](std::uint32_t a, std::uint32_t b) { return centroids_[a][axis] < centroids_[b][axis]; });
    const std::uint32_t left = add(begin, middle);
    add(middle, end);
    nodes_[node].first = left;
    nodes_[node].count = 0;
    build(left, begin, middle);
    build(left + 1, middle, end);
}

Eigen::Vector3d TriangleBvh::boundsMin() const { return nodes_.empty() ? V3::Zero() : toD(nodes_[0].lo); }
Eigen::Vector3d TriangleBvh::boundsMax() const { return nodes_.empty() ? V3::Zero() : toD(nodes_[0].hi); }

void TriangleBvh::allHits(const Eigen::Vector3d& origin, const Eigen::Vector3d& direction, double maxT,
                          std::vector<RayHit>& hits) const {
    hits.clear();
    if (nodes_.empty()) return;
    const V3 inverse = direction.cwiseInverse();
    std::array<std::uint32_t, kStackSize> stack;
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Node& node = nodes_[stack[--top]];
        if (!rayBox(origin, inverse, node.lo, node.hi, maxT)) continue;
        if (node.count == 0) {
            stack[top++] = node.first;
            stack[top++] = node.first + 1;
            continue;
        }
        for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
            const Triangle& tri = triangles_[order_[i]];
            const V3 a = toD(vertices_[tri[0]]), b = toD(vertices_[tri[1]]), c = toD(vertices_[tri[2]]);
            const auto hit = rayTriangle(origin, direction, a, b, c);
            if (!hit || hit->first < 0 || hit->first > maxT) continue;
            hits.push_back({hit->first, order_[i], origin + direction * hit->first, triangleNormal(a, b, c), hit->second});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const RayHit& a, const RayHit& b) { return a.t < b.t; });
    // A ray through a shared edge or vertex meets each triangle there: count that crossing once.
    hits.erase(std::unique(hits.begin(), hits.end(),
                           [](const RayHit& a, const RayHit& b) {
                               return a.entering == b.entering && std::abs(a.t - b.t) < 1e-9;
                           }),
               hits.end());
}

std::optional<RayHit> TriangleBvh::firstHit(const Eigen::Vector3d& origin, const Eigen::Vector3d& direction,
                                            double maxT) const {
    if (nodes_.empty()) return std::nullopt;
    const V3 inverse = direction.cwiseInverse();
    std::optional<RayHit> best;
    std::array<std::uint32_t, kStackSize> stack;
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Node& node = nodes_[stack[--top]];
        if (!rayBox(origin, inverse, node.lo, node.hi, best ? best->t : maxT)) continue;
        if (node.count == 0) {
            stack[top++] = node.first;
            stack[top++] = node.first + 1;
            continue;
        }
        for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
            const Triangle& tri = triangles_[order_[i]];
            const V3 a = toD(vertices_[tri[0]]), b = toD(vertices_[tri[1]]), c = toD(vertices_[tri[2]]);
            const auto hit = rayTriangle(origin, direction, a, b, c);
            if (!hit || hit->first < 0 || hit->first > (best ? best->t : maxT)) continue;
            best = RayHit{hit->first, order_[i], origin + direction * hit->first, triangleNormal(a, b, c), hit->second};
        }
    }
    return best;
}

std::optional<NearestPoint> TriangleBvh::nearest(const Eigen::Vector3d& p, double maxDistance) const {
    if (nodes_.empty()) return std::nullopt;
    double best2 = maxDistance * maxDistance;
    std::optional<NearestPoint> best;
    std::array<std::uint32_t, kStackSize> stack;
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Node& node = nodes_[stack[--top]];
        if (boxDistanceSquared(p, node.lo, node.hi) > best2) continue;
        if (node.count == 0) {
            // Nearer child last, so it is searched first and prunes the other.
            const Node &l = nodes_[node.first], &r = nodes_[node.first + 1];
            const bool leftNearer = boxDistanceSquared(p, l.lo, l.hi) < boxDistanceSquared(p, r.lo, r.hi);
            stack[top++] = leftNearer ? node.first + 1 : node.first;
            stack[top++] = leftNearer ? node.first : node.first + 1;
            continue;
        }
        for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
            const Triangle& tri = triangles_[order_[i]];
            const V3 a = toD(vertices_[tri[0]]), b = toD(vertices_[tri[1]]), c = toD(vertices_[tri[2]]);
            const V3 q = nearestOnTriangle(p, a, b, c);
            const double d2 = (q - p).squaredNorm();
            if (d2 > best2) continue;
            best2 = d2;
            best = NearestPoint{std::sqrt(d2), q, triangleNormal(a, b, c), order_[i]};
        }
    }
    return best;
}

TriangleBvh::SegmentDistance TriangleBvh::distanceToSegment(const Eigen::Vector3d& a, const Eigen::Vector3d& b) const {
    SegmentDistance best;
    if (nodes_.empty()) return best;
    const V3 segLo = a.cwiseMin(b), segHi = a.cwiseMax(b);
    // A lower bound for a box: the gap between it and the segment's own bounding box.
    auto boxGap2 = [&](const Node& node) {
        double d2 = 0;
        for (int k = 0; k < 3; ++k) {
            const double e = std::max({double(node.lo[k]) - segHi[k], 0.0, segLo[k] - double(node.hi[k])});
            d2 += e * e;
        }
        return d2;
    };
    const double length = (b - a).norm();
    const V3 direction = length > 0 ? V3((b - a) / length) : V3(1, 0, 0);
    double best2 = 1e60;
    std::array<std::uint32_t, kStackSize> stack;
    int top = 0;
    stack[top++] = 0;
    while (top > 0 && best2 > 0) {
        const Node& node = nodes_[stack[--top]];
        if (boxGap2(node) > best2) continue;
        if (node.count == 0) {
            stack[top++] = node.first;
            stack[top++] = node.first + 1;
            continue;
        }
        for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
            const Triangle& tri = triangles_[order_[i]];
            const std::array<V3, 3> v{toD(vertices_[tri[0]]), toD(vertices_[tri[1]]), toD(vertices_[tri[2]])};
            auto consider = [&](double s, const V3& onSurface) {
                const double d2 = (a + (b - a) * s - onSurface).squaredNorm();
                if (d2 < best2) {
                    best2 = d2;
                    best.s = s;
                    best.surfacePoint = onSurface;
                }
            };
            if (length > 0)
                if (const auto hit = rayTriangle(a, direction, v[0], v[1], v[2]); hit && hit->first >= 0 && hit->first <= length)
                    consider(hit->first / length, a + direction * hit->first);
            consider(0, nearestOnTriangle(a, v[0], v[1], v[2]));
            consider(1, nearestOnTriangle(b, v[0], v[1], v[2]));
            for (int e = 0; e < 3; ++e) {
                const auto [s, t] = segmentSegment(a, b, v[e], v[(e + 1) % 3]);
                consider(s, v[e] + (v[(e + 1) % 3] - v[e]) * t);
            }
        }
    }
    best.distance = std::sqrt(best2);
    return best;
}

bool TriangleBvh::contains(const Eigen::Vector3d& p) const {
    if (nodes_.empty()) return false;
    const V3 lo = boundsMin(), hi = boundsMax();
    if ((p.array() < lo.array()).any() || (p.array() > hi.array()).any()) return false;
    // An oblique direction rarely grazes an edge of a mesh built on axis-aligned grids.
    const V3 direction = V3(0.5377, 0.6109, 0.5811).normalized();
    std::vector<RayHit> hits;
    allHits(p, direction, 1e9, hits);
    int winding = 0;
    for (const auto& hit : hits) winding += hit.entering ? -1 : 1;
    return winding > 0;
}

}  // namespace av
