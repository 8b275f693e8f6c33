#include "core/export/scene_export.h"

#include "core/atlas/atlas.h"
#include "core/atomic_file.h"
#include "core/scene/scene_report.h"

#include <assimp/Exporter.hpp>
#include <assimp/material.h>
#include <assimp/scene.h>

#include <cmath>
#include <map>
#include <memory>
#include <stdexcept>
#include <utility>

namespace av {
namespace {

// glTF colour factors are linear; our colours are sRGB as drawn.
float linear(float srgb) {
    return srgb <= 0.04045f ? srgb / 12.92f : std::pow((srgb + 0.055f) / 1.055f, 2.4f);
}

aiMaterial* makeMaterial(const Rgb& color, float opacity, const std::string& name) {
    auto* material = new aiMaterial;
    const aiString label(name);
    material->AddProperty(&label, AI_MATKEY_NAME);
    const aiColor4D factor(linear(color[0]), linear(color[1]), linear(color[2]), opacity);
    material->AddProperty(&factor, 1, AI_MATKEY_BASE_COLOR);
    material->AddProperty(&factor, 1, AI_MATKEY_COLOR_DIFFUSE);
    material->AddProperty(&opacity, 1, AI_MATKEY_OPACITY);
    const float roughness = 0.6f, metallic = 0.0f;
    material->AddProperty(&roughness, 1, AI_MATKEY_ROUGHNESS_FACTOR);
    material->AddProperty(&metallic, 1, AI_MATKEY_METALLIC_FACTOR);
    return material;
}

Eigen::Vector3d toEigen(const Vec3f& v) { return {v[0], v[1], v[2]}; }

// The structure's mesh where the frame has it: deformed points, or the mesh moved by its rigid transform.
aiMesh* makeMesh(const Structure& structure, const RenderItem& item, bool lowDetail, unsigned materialIndex) {
    const Mesh& source = lowDetail && !structure.meshLow.positions.empty() ? structure.meshLow : structure.mesh;
    const PosedStructure* posed = item.posed;
    const bool deformed = posed && posed->deformed && posed->positions.size() == source.positions.size();
    const Eigen::Isometry3d rigid = posed ? posed->rigid : Eigen::Isometry3d::Identity();
    auto* mesh = new aiMesh;
    mesh->mName = aiString(structure.spec.id);
    mesh->mPrimitiveTypes = aiPrimitiveType_TRIANGLE;
    mesh->mMaterialIndex = materialIndex;
    mesh->mNumVertices = static_cast<unsigned>(source.positions.size());
    mesh->mVertices = new aiVector3D[mesh->mNumVertices];
    const bool normals = deformed ? posed->normals.size() == source.positions.size()
                                  : source.normals.size() == source.positions.size();
    if (normals) mesh->mNormals = new aiVector3D[mesh->mNumVertices];
    for (std::size_t v = 0; v < source.positions.size(); ++v) {
        Eigen::Vector3d p, n = Eigen::Vector3d::Zero();
        if (deformed) {
            p = toEigen(posed->positions[v]);
            if (normals) n = toEigen(posed->normals[v]);
        } else {
            p = rigid * toEigen(source.positions[v]);
            if (normals) n = rigid.linear() * toEigen(source.normals[v]);
        }
        mesh->mVertices[v] = aiVector3D(float(p.x()), float(p.y()), float(p.z()));
        if (normals) mesh->mNormals[v] = aiVector3D(float(n.x()), float(n.y()), float(n.z()));
    }
    mesh->mNumFaces = static_cast<unsigned>(source.triangles.size());
    mesh->mFaces = new aiFace[mesh->mNumFaces];
    for (std::size_t t = 0; t < source.triangles.size(); ++t) {
        aiFace& face = mesh->mFaces[t];
        face.mNumIndices = 3;
        face.mIndices = new unsigned[3];
        for (int k = 0; k < 3; ++k) face.mIndices[k] = static_cast<unsigned>(source.triangles[t][k]);
    }
    return mesh;
}

}  // namespace

ExportSummary exportSceneGlb(const Atlas& atlas, const RenderList& frame, const std::filesystem::path& file) {
    std::vector<aiMesh*> meshes;
    std::vector<aiMaterial*> materials;
    std::vector<std::string> names;
    std::map<std::pair<std::string, int>, unsigned> materialOf;  // colour and opacity (per cent) -> material
    ExportSummary summary;
    for (const RenderItem& item : frame.structures) {
        const Structure& structure = atlas.structures()[item.index];
        if (!item.visible || structure.mesh.triangles.empty()) continue;
        const std::string hex = hexColor(item.color);
        const int percent = static_cast<int>(std::lround(item.opacity * 100));
        auto [found, added] = materialOf.try_emplace({hex, percent}, static_cast<unsigned>(materials.size()));
        if (added) materials.push_back(makeMaterial(item.color, percent / 100.0f, hex + "-" + std::to_string(percent)));
        meshes.push_back(makeMesh(structure, item, frame.lowDetail, found->second));
        names.push_back(structure.spec.id);
        summary.triangles += meshes.back()->mNumFaces;
    }
    if (meshes.empty()) {
        for (aiMesh* mesh : meshes) delete mesh;
        for (aiMaterial* material : materials) delete material;
        throw std::runtime_error(file.string() + ": nothing is visible to export");
    }

    // The aiScene owns everything given to it from here on.
    auto scene = std::make_unique<aiScene>();
    scene->mNumMeshes = static_cast<unsigned>(meshes.size());
    scene->mMeshes = new aiMesh*[meshes.size()];
    std::copy(meshes.begin(), meshes.end(), scene->mMeshes);
    scene->mNumMaterials = static_cast<unsigned>(materials.size());
    scene->mMaterials = new aiMaterial*[materials.size()];
    std::copy(materials.begin(), materials.end(), scene->mMaterials);
    scene->mRootNode = new aiNode("anatomy-viewer scene");
    scene->mRootNode->mNumChildren = static_cast<unsigned>(meshes.size());
    scene->mRootNode->mChildren = new aiNode*[meshes.size()];
    for (std::size_t i = 0; i < meshes.size(); ++i) {
        auto* node = new aiNode(names[i]);
        node->mParent = scene->mRootNode;
        node->mNumMeshes = 1;
        node->mMeshes = new unsigned[1]{static_cast<unsigned>(i)};
        scene->mRootNode->mChildren[i] = node;
    }

    Assimp::Exporter exporter;
    const aiExportDataBlob* blob = exporter.ExportToBlob(scene.get(), "glb2");
    if (!blob) throw std::runtime_error(file.string() + ": the glTF exporter failed: " + exporter.GetErrorString());
    writeFileAtomically(file, std::string(static_cast<const char*>(blob->data), blob->size));
    summary.nodes = meshes.size();
    summary.materials = materials.size();
    return summary;
}

}  // namespace av
