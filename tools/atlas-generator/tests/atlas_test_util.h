#pragma once
// Helpers for the atlas tests: loading the shipped meshes, distances to a mesh, ray casts.
#include "atlas.h"
#include "core/mesh.h"
#include "core/mesh_loader.h"
#include "frames.h"
#include "structures.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>

namespace atlastest {

using atlasgen::V3;

inline std::filesystem::path meshDir() { return ATLAS_MESH_DIR; }
inline std::filesystem::path sharedDir() { return AV_SHARED_DIR; }
inline bool ciMode() {
    const char* ci = std::getenv("CI");
    return ci && std::string(ci) == "true";
}

// Loads meshes/<id>.glb once; positions in millimetres (atlas frame).
inline const av::Mesh& atlasMesh(const std::string& id) {
    static std::map<std::string, av::Mesh> cache;
    auto it = cache.find(id);
    if (it != cache.end()) return it->second;
    av::Mesh m = av::loadMeshFile(meshDir() / (id + ".glb"));
    for (auto& p : m.positions)
        for (auto& c : p) c *= 1000.0f;
    return cache.emplace(id, std::move(m)).first->second;
}

inline V3 pos(const av::Mesh& m, std::uint32_t i) {
    return V3(m.positions[i][0], m.positions[i][1], m.positions[i][2]);
}

inline double pointTriangle(const V3& p, const V3& a, const V3& b, const V3& c) {
    // Ericson, Real-Time Collision Detection, closest point on triangle.
    V3 ab = b - a, ac = c - a, ap = p - a;
    double d1 = ab.dot(ap), d2 = ac.dot(ap);
    if (d1 <= 0 && d2 <= 0) return (p - a).norm();
    V3 bp = p - b;
    double d3 = ab.dot(bp), d4 = ac.dot(bp);
    if (d3 >= 0 && d4 <= d3) return (p - b).norm();
    double vc = d1 * d4 - d3 * d2;
    if (vc <= 0 && d1 >= 0 && d3 <= 0) return (p - (a + ab * (d1 / (d1 - d3)))).norm();
    V3 cp = p - c;
    double d5 = ab.dot(cp), d6 = ac.dot(cp);
    if (d6 >= 0 && d5 <= d6) return (p - c).norm();
    double vb = d5 * d2 - d1 * d6;
    if (vb <= 0 && d2 >= 0 && d6 <= 0) return (p - (a + ac * (d2 / (d2 - d6)))).norm();
    double va = d3 * d6 - d5 * d4;
    if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0)
        return (p - (b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6))))).norm();
    double denom = 1.0 / (va + vb + vc);
    return (p - (a + ab * (vb * denom) + ac * (vc * denom))).norm();
}

// Unsigned distance from p to the surface (mm).
inline double surfaceDistance(const av::Mesh& m, const V3& p) {
    double best = 1e30;
    for (auto& t : m.triangles) best = std::min(best, pointTriangle(p, pos(m, t[0]), pos(m, t[1]), pos(m, t[2])));
    return best;
}

// Distances along the ray o + t d (t > 0) at which it crosses the mesh, sorted.
inline std::vector<double> rayHits(const av::Mesh& m, const V3& o, const V3& d) {
    std::vector<double> hits;
    for (auto& t : m.triangles) {
        V3 a = pos(m, t[0]), b = pos(m, t[1]), c = pos(m, t[2]);
        V3 e1 = b - a, e2 = c - a, pv = d.cross(e2);
        double det = e1.dot(pv);
        if (std::abs(det) < 1e-12) continue;
        V3 tv = o - a;
        double u = tv.dot(pv) / det;
        if (u < 0 || u > 1) continue;
        V3 qv = tv.cross(e1);
        double v = d.dot(qv) / det;
        if (v < 0 || u + v > 1) continue;
        double tt = e2.dot(qv) / det;
        if (tt > 0) hits.push_back(tt);
    }
    std::sort(hits.begin(), hits.end());
    return hits;
}

// Least-squares sphere through points: returns centre and radius.
inline std::pair<V3, double> fitSphere(const std::vector<V3>& pts) {
    Eigen::MatrixXd A(pts.size(), 4);
    Eigen::VectorXd b(pts.size());
    for (size_t i = 0; i < pts.size(); ++i) {
        A.row(i) << 2 * pts[i].x(), 2 * pts[i].y(), 2 * pts[i].z(), 1.0;
        b(i) = pts[i].squaredNorm();
    }
    Eigen::Vector4d s = A.colPivHouseholderQr().solve(b);
    V3 c(s(0), s(1), s(2));
    return {c, std::sqrt(s(3) + c.squaredNorm())};
}

}  // namespace atlastest
