#include "core/mesh_io/finish_mesh.h"

#include "core/mesh_io/edge_table.h"
#include "core/mesh_io/fragments.h"
#include "core/mesh_io/orientation.h"
#include "core/mesh_io/triangle_cleanup.h"
#include "core/mesh_io/vertex_normals.h"
#include "core/mesh_io/weld.h"

#include <cmath>
#include <numeric>
#include <sstream>
#include <string>

namespace av::mesh_io {

namespace {

std::string text(const Vec3f& v) {
    std::ostringstream out;
    out << "(" << v[0] << ", " << v[1] << ", " << v[2] << ")";
    return out.str();
}

bool isFinite(const Vec3f& v) {
    return std::isfinite(v[0]) && std::isfinite(v[1]) && std::isfinite(v[2]);
}

void checkRaw(const Mesh& mesh) {
    if (mesh.positions.size() > kMaxPoints)
        throw FormatError("holds " + std::to_string(mesh.positions.size()) + " vertices, more than the limit of " +
                          std::to_string(kMaxPoints));
    if (mesh.triangles.size() > kMaxTriangles)
        throw FormatError("holds " + std::to_string(mesh.triangles.size()) + " triangles, more than the limit of " +
                          std::to_string(kMaxTriangles));
    if (mesh.triangles.empty()) throw FormatError("holds no triangles");
    for (std::size_t i = 0; i < mesh.positions.size(); ++i)
        if (!isFinite(mesh.positions[i]))
            throw FormatError("vertex " + std::to_string(i) + " has a coordinate that is not finite " +
                              text(mesh.positions[i]));
    for (std::size_t t = 0; t < mesh.triangles.size(); ++t)
        for (const std::uint32_t index : mesh.triangles[t])
            if (index >= mesh.positions.size())
                throw FormatError("triangle " + std::to_string(t) + " refers to vertex " + std::to_string(index) +
                                  ", but there are only " + std::to_string(mesh.positions.size()) + " vertices");
}

// Keeps the file's normals when there is one finite, non-zero normal per vertex (made unit length);
// otherwise drops them, saying so if the file had some.
bool keepFileNormals(Mesh& mesh, Warnings& warnings) {
    if (mesh.normals.empty()) return false;
    std::size_t bad = mesh.normals.size() == mesh.positions.size() ? 0 : mesh.normals.size();
    for (std::size_t i = 0; bad == 0 && i < mesh.normals.size(); ++i) {
        Vec3f& n = mesh.normals[i];
        const double length = std::sqrt(double{n[0]} * n[0] + double{n[1]} * n[1] + double{n[2]} * n[2]);
        if (!isFinite(n) || !(length > 1e-12)) {
            ++bad;
            continue;
        }
        for (float& c : n) c = static_cast<float>(c / length);
    }
    if (bad == 0) return true;
    warnings.push_back("ignored the file's normals (not one usable normal per vertex) and computed smooth ones");
    mesh.normals.clear();
    return false;
}

void removeUnusedVertices(Mesh& mesh) {
    std::vector<std::uint32_t> newIndex(mesh.positions.size(), UINT32_MAX);
    for (const Triangle& t : mesh.triangles)
        for (const std::uint32_t v : t) newIndex[v] = 0;
    std::uint32_t next = 0;
    for (std::size_t v = 0; v < newIndex.size(); ++v) {
        if (newIndex[v] == UINT32_MAX) continue;
        newIndex[v] = next;
        mesh.positions[next] = mesh.positions[v];
        if (!mesh.normals.empty()) mesh.normals[next] = mesh.normals[v];
        ++next;
    }
    mesh.positions.resize(next);
    if (!mesh.normals.empty()) mesh.normals.resize(next);
    for (Triangle& t : mesh.triangles)
        for (std::uint32_t& v : t) v = newIndex[v];
}

}  // namespace

Mesh finishMesh(Mesh mesh, Warnings& warnings) {
    checkRaw(mesh);
    const bool fileNormals = keepFileNormals(mesh, warnings);
    std::vector<std::uint32_t> ids;
    if (fileNormals) {
        // Vertices split for hard edges keep their normals; neighbourhood is judged by position.
        ids = positionIds(mesh.positions);
    } else {
        mesh = welded(mesh);
        ids.resize(mesh.positions.size());
        std::iota(ids.begin(), ids.end(), 0u);
    }
    dropDegenerateTriangles(mesh, ids, warnings);
    dropDuplicateTriangles(mesh, ids, warnings);
    const std::vector<EdgeUse> edges = sortedEdgeUses(mesh.triangles, ids);
    // The file's normals say which way its triangles face; only computed ones depend on the winding.
    if (!fileNormals) orientConsistently(mesh, edges, warnings);
    warnAboutFragments(mesh.triangles.size(), edges, warnings);
    removeUnusedVertices(mesh);
    if (!fileNormals) mesh.normals = vertexNormals(mesh);
    return mesh;
}

}  // namespace av::mesh_io
