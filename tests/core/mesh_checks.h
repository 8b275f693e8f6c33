#pragma once
// Checks of a deformed mesh shared by the motion tests: whether any two of its triangles cross.
#include "core/mesh.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace meshcheck {

inline Eigen::Vector3d vec(const av::Vec3f& v) { return {v[0], v[1], v[2]}; }

// Segment pq against triangle abc (Moller-Trumbore); touching within a tiny tolerance does not count.
inline bool segmentHitsTriangle(const Eigen::Vector3d& p, const Eigen::Vector3d& q, const Eigen::Vector3d& a,
                         const Eigen::Vector3d& b, const Eigen::Vector3d& c) {
    const Eigen::Vector3d dir = q - p, e1 = b - a, e2 = c - a;
    const Eigen::Vector3d h = dir.cross(e2);
    const double det = e1.dot(h);
    if (std::abs(det) < 1e-18) return false;  // parallel (coplanar overlaps are not looked for)
    const Eigen::Vector3d s = p - a;
    const double u = s.dot(h) / det;
    const Eigen::Vector3d qv = s.cross(e1);
    const double v = dir.dot(qv) / det;
    const double t = e2.dot(qv) / det;
    const double eps = 1e-9;
    return u > eps && v > eps && u + v < 1 - eps && t > eps && t < 1 - eps;
}

// True when two triangles that share no vertex intersect (an edge of one crosses the other). Boxes sorted
// by their low x (sweep and prune) keep it quick enough for a coarse mesh in a debug build.
inline bool selfIntersects(const std::vector<av::Vec3f>& pos, const std::vector<av::Triangle>& tris) {
    struct Box { double lo[3], hi[3]; };
    std::vector<Box> boxes(tris.size());
    for (std::size_t i = 0; i < tris.size(); ++i)
        for (int a = 0; a < 3; ++a) {
            boxes[i].lo[a] = std::min({pos[tris[i][0]][a], pos[tris[i][1]][a], pos[tris[i][2]][a]});
            boxes[i].hi[a] = std::max({pos[tris[i][0]][a], pos[tris[i][1]][a], pos[tris[i][2]][a]});
        }
    std::vector<std::size_t> order(tris.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return boxes[a].lo[0] < boxes[b].lo[0]; });
    for (std::size_t oi = 0; oi < order.size(); ++oi) {
        const std::size_t i = order[oi];
        for (std::size_t oj = oi + 1; oj < order.size() && boxes[order[oj]].lo[0] <= boxes[i].hi[0]; ++oj) {
            const std::size_t j = order[oj];
            if (boxes[i].lo[1] > boxes[j].hi[1] || boxes[j].lo[1] > boxes[i].hi[1] || boxes[i].lo[2] > boxes[j].hi[2] ||
                boxes[j].lo[2] > boxes[i].hi[2])
                continue;
            const av::Triangle &A = tris[i], &B = tris[j];
            bool shared = false;
            for (auto x : A)
                for (auto y : B) shared = shared || x == y;
            if (shared) continue;
            for (int e = 0; e < 3; ++e) {
                if (segmentHitsTriangle(vec(pos[A[e]]), vec(pos[A[(e + 1) % 3]]), vec(pos[B[0]]), vec(pos[B[1]]), vec(pos[B[2]])) ||
                    segmentHitsTriangle(vec(pos[B[e]]), vec(pos[B[(e + 1) % 3]]), vec(pos[A[0]]), vec(pos[A[1]]), vec(pos[A[2]])))
                    return true;
            }
        }
    }
    return false;
}

}  // namespace meshcheck
