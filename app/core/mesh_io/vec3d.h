#pragma once
// Double-precision vector arithmetic for the mesh cleanup's geometry. Deliberately plain: it runs for
// every triangle, and must stay quick in unoptimised (Debug, sanitizer) builds too.
#include "core/mesh.h"

#include <cmath>

namespace av::mesh_io {

struct Vec3d {
    double x = 0.0, y = 0.0, z = 0.0;
};

inline Vec3d toVec3d(const Vec3f& p) {
    return {p[0], p[1], p[2]};
}
inline Vec3d operator-(const Vec3d& a, const Vec3d& b) {
    return {a.x - b.x, a.y - b.y, a.z - b.z};
}
inline Vec3d operator+(const Vec3d& a, const Vec3d& b) {
    return {a.x + b.x, a.y + b.y, a.z + b.z};
}
inline double dot(const Vec3d& a, const Vec3d& b) {
    return a.x * b.x + a.y * b.y + a.z * b.z;
}
inline Vec3d cross(const Vec3d& a, const Vec3d& b) {
    return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}
inline double length(const Vec3d& a) {
    return std::sqrt(dot(a, a));
}

}  // namespace av::mesh_io
