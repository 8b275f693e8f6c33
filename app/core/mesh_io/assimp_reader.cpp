#include "core/mesh_io/assimp_reader.h"

#include "core/mesh_io/format_error.h"

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <string>

namespace av::mesh_io {

namespace {

// Assimp's messages sometimes end with a newline or carry a loader prefix; keep them one clean line.
std::string oneLine(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text.empty() ? std::string("unknown error") : text;
}

}  // namespace

Mesh readWithAssimp(const std::filesystem::path& path, const AssimpOptions& options) {
    Assimp::Importer importer;
    // Points and lines carry no surface: SortByPType removes them.
    importer.SetPropertyInteger(AI_CONFIG_PP_SBP_REMOVE, aiPrimitiveType_POINT | aiPrimitiveType_LINE);
    // No FindInvalidData: it silently deletes a whole mesh for one non-finite coordinate, where
    // finishMesh() names the vertex; and it is finishMesh() that judges the normals.
    unsigned int flags = aiProcess_ValidateDataStructure | aiProcess_Triangulate |
                         aiProcess_JoinIdenticalVertices | aiProcess_PreTransformVertices |
                         aiProcess_SortByPType;
    if (options.dropNormals) flags |= aiProcess_DropNormals;

    const aiScene* scene = importer.ReadFile(path.string(), flags);
    if (!scene) throw FormatError("cannot be read: " + oneLine(importer.GetErrorString()));
    if ((scene->mFlags & AI_SCENE_FLAGS_INCOMPLETE) || scene->mNumMeshes == 0)
        throw FormatError("holds no meshes");

    // Keep the file's normals only when every part has them; otherwise all are computed alike.
    bool allNormals = true;
    std::uint64_t vertexCount = 0;
    for (unsigned int m = 0; m < scene->mNumMeshes; ++m) {
        allNormals = allNormals && scene->mMeshes[m]->HasNormals();
        vertexCount += scene->mMeshes[m]->mNumVertices;
    }
    if (vertexCount > kMaxPoints)
        throw FormatError("holds " + std::to_string(vertexCount) + " vertices, more than the limit of " +
                          std::to_string(kMaxPoints));

    Mesh mesh;
    mesh.positions.reserve(vertexCount);
    for (unsigned int m = 0; m < scene->mNumMeshes; ++m) {
        const aiMesh& part = *scene->mMeshes[m];
        const auto base = static_cast<std::uint32_t>(mesh.positions.size());
        for (unsigned int v = 0; v < part.mNumVertices; ++v) {
            const aiVector3D& p = part.mVertices[v];
            mesh.positions.push_back({p.x, p.y, p.z});
            if (allNormals) {
                const aiVector3D& n = part.mNormals[v];
                mesh.normals.push_back({n.x, n.y, n.z});
            }
        }
        for (unsigned int f = 0; f < part.mNumFaces; ++f) {
            const aiFace& face = part.mFaces[f];
            if (face.mNumIndices != 3) continue;  // Triangulate leaves only points and lines otherwise
            // Checked here: once offset by `base`, a bad index would point into another part.
            for (unsigned int i = 0; i < 3; ++i)
                if (face.mIndices[i] >= part.mNumVertices)
                    throw FormatError("has a face that refers to vertex " + std::to_string(face.mIndices[i]) +
                                      " of a part with " + std::to_string(part.mNumVertices) + " vertices");
            mesh.triangles.push_back({base + face.mIndices[0], base + face.mIndices[1], base + face.mIndices[2]});
        }
    }
    return mesh;
}

}  // namespace av::mesh_io
