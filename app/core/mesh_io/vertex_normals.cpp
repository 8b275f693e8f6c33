#include "core/mesh_io/vertex_normals.h"

#include "core/mesh_io/vec3d.h"

namespace av::mesh_io {

std::vector<Vec3f> vertexNormals(const Mesh& mesh) {
    std::vector<Vec3d> sums(mesh.positions.size());
    // Where the sum cancels out (a two-sided sliver), a vertex takes one of its triangles' normals.
    std::vector<Vec3d> fallback(mesh.positions.size());
    for (const Triangle& t : mesh.triangles) {
        const Vec3d a = toVec3d(mesh.positions[t[0]]);
        // Its length is twice the triangle's area: the weight.
        const Vec3d areaNormal = cross(toVec3d(mesh.positions[t[1]]) - a, toVec3d(mesh.positions[t[2]]) - a);
        for (const std::uint32_t v : t) {
            sums[v] = sums[v] + areaNormal;
            if (dot(fallback[v], fallback[v]) == 0.0) fallback[v] = areaNormal;
        }
    }
    std::vector<Vec3f> normals(mesh.positions.size(), Vec3f{0.0f, 0.0f, 1.0f});
    for (std::size_t v = 0; v < sums.size(); ++v) {
        const Vec3d& chosen = length(sums[v]) > 1e-6 * length(fallback[v]) ? sums[v] : fallback[v];
        const double size = length(chosen);
        if (size == 0.0) continue;  // not used by any triangle
        normals[v] = {static_cast<float>(chosen.x / size), static_cast<float>(chosen.y / size),
                      static_cast<float>(chosen.z / size)};
    }
    return normals;
}

}  // namespace av::mesh_io
