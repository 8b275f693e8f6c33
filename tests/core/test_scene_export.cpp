// --export-scene: the posed frame as glTF 2.0, read back with Assimp as another tool would read it.
#include "core/export/scene_export.h"
#include "shipped_model.h"
#include "core/scene/scene_report.h"
#include "temp_folder.h"

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <set>

namespace {

const aiNode* child(const aiScene* scene, const std::string& name) {
    for (unsigned i = 0; i < scene->mRootNode->mNumChildren; ++i)
        if (name == scene->mRootNode->mChildren[i]->mName.C_Str()) return scene->mRootNode->mChildren[i];
    return nullptr;
}

// The lowest point of a structure's exported mesh (y is up in the atlas frame).
float lowestY(const aiScene* scene, const aiNode* node) {
    const aiMesh* mesh = scene->mMeshes[node->mMeshes[0]];
    float lowest = 1e9f;
    for (unsigned v = 0; v < mesh->mNumVertices; ++v) lowest = std::min(lowest, mesh->mVertices[v].y);
    return lowest;
}

}  // namespace

TEST_CASE("export: the posed, visible structures as one glb, one node per structure, one material per colour") {
    const auto& shipped = av::test::shippedWithMeshes();
    av::ViewerModel model(shipped.atlas, shipped.content);
    model.setLowDetail(false);
    av::MotionState motion = model.state().motion;
    motion.pose.knee_flexion_deg = 90;
    motion.showStrain = true;
    model.apply(av::act::SetMotion{motion});
    model.apply(av::act::SetVisible{"skin", false});
    model.apply(av::act::Select{"semimembranosus"});
    const av::RenderList frame = model.renderList();

    av::test::TempFolder folder;
    const auto file = folder.path() / "scene.glb";
    const av::ExportSummary summary = av::exportSceneGlb(shipped.atlas, frame, file);

    Assimp::Importer importer;
    const aiScene* scene = importer.ReadFile(file.string(), 0);
    REQUIRE_MESSAGE(scene, importer.GetErrorString());
    std::size_t visible = 0;
    std::set<std::string> colours;
    for (const auto& item : frame.structures) {
        const av::Structure& structure = shipped.atlas.structures()[item.index];
        if (!item.visible || structure.mesh.triangles.empty()) continue;
        ++visible;
        colours.insert(av::hexColor(item.color) + std::to_string(int(std::lround(item.opacity * 100))));
        const aiNode* node = child(scene, structure.spec.id);
        REQUIRE_MESSAGE(node, "no node " << structure.spec.id);
        REQUIRE(node->mNumMeshes == 1);
        CHECK(scene->mMeshes[node->mMeshes[0]]->mNumFaces == structure.mesh.triangles.size());
    }
    CHECK(child(scene, "skin") == nullptr);  // hidden: not exported
    CHECK(scene->mRootNode->mNumChildren == visible);
    CHECK(summary.nodes == visible);
    std::set<unsigned> used;  // Assimp's glTF reader adds a default material of its own: count those in use
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) used.insert(scene->mMeshes[m]->mMaterialIndex);
    CHECK(used.size() == colours.size());
    CHECK(summary.materials == colours.size());

    // Positions are the posed ones, in metres: with the knee bent to 90 degrees the tibia's lowest point rises
    // well above where it stands straight (a shin of about 0.4 m swings up behind).
    const aiNode* tibia = child(scene, "tibia");
    REQUIRE(tibia);
    const float bent = lowestY(scene, tibia);
    av::ViewerModel standing(shipped.atlas, shipped.content);
    standing.setLowDetail(false);
    const auto straightFile = folder.path() / "straight.glb";
    av::exportSceneGlb(shipped.atlas, standing.renderList(), straightFile);
    Assimp::Importer second;
    const aiScene* straight = second.ReadFile(straightFile.string(), 0);
    REQUIRE(straight);
    const float stood = lowestY(straight, child(straight, "tibia"));
    CHECK(stood > -1.2f);  // metres, not millimetres
    CHECK(bent - stood > 0.15f);
}

TEST_CASE("export: nothing visible is refused with the file named, and the file is left alone") {
    const auto& shipped = av::test::shippedIdsOnly();  // no meshes: nothing can be exported
    av::ViewerModel model(shipped.atlas, shipped.content);
    av::test::TempFolder folder;
    const auto file = folder.write("kept.glb", "what was there");
    try {
        av::exportSceneGlb(shipped.atlas, model.renderList(), file);
        FAIL("expected an error");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).find("kept.glb") != std::string::npos);
    }
    std::ifstream in(file, std::ios::binary);
    const std::string kept((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(kept == "what was there");
}
