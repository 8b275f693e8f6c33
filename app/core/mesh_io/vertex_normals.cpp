#include "core/mesh_io/vertex_normals.h"

#include <Eigen/Core>
#include <Eigen/Geometry>

namespace av::mesh_io {

std::vector<Vec3f> vertexNormals(const Mesh& mesh) {
    const auto point = [&](std::uint32_t i) {
        const Vec3f& p = mesh.positions[i];
        return Eigen::Vector3d(p[0], p[1], p[2]);
    };
    std::vector<Eigen::Vector3d> sums(mesh.positions.size(), Eigen::Vector3d::Zero());
    // Where the sum cancels out (a two-sided sliver), a vertex takes one of its triangles' normals.
    std::vector<Eigen::Vector3d> fallback(mesh.positions.size(), Eigen::Vector3d::Zero());
    for (const Triangle& t : mesh.triangles) {
        const Eigen::Vector3d a = point(t[0]);
        const Eigen::Vector3d areaNormal = (point(t[1]) - a).cross(point(t[2]) - a);  // length: twice the area
        for (const std::uint32_t v : t) {
            sums[v] += areaNormal;
            if (fallback[v].isZero()) fallback[v] = areaNormal;
        }
    }
    std::vector<Vec3f> normals(mesh.positions.size(), Vec3f{0.0f, 0.0f, 1.0f});
    for (std::size_t v = 0; v < sums.size(); ++v) {
        const Eigen::Vector3d& chosen = sums[v].norm() > 1e-6 * fallback[v].norm() ? sums[v] : fallback[v];
        if (chosen.isZero()) continue;  // not used by any triangle
        const Eigen::Vector3d n = chosen.normalized();
        normals[v] = {static_cast<float>(n.x()), static_cast<float>(n.y()), static_cast<float>(n.z())};
    }
    return normals;
}

}  // namespace av::mesh_io
