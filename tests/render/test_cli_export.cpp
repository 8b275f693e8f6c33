// --export-scene, run as a user runs it: no display needed, a glb another tool opens.
#include "cli_run.h"

#include <assimp/Importer.hpp>
#include <assimp/scene.h>

#include <doctest/doctest.h>

using namespace av::test;

TEST_CASE("cli export: --export-scene writes the posed scene as glb without a display") {
    TempFolder folder;
    const auto file = folder.path() / "knee.glb";
    const Run run = runViewer(folder, {"--export-scene", file.string(), "--knee-flexion", "90", "--strain", "--hide", "skin"},
                              false);
    REQUIRE_MESSAGE(run.exitCode == 0, run.err);
    CHECK(run.err.find("knee.glb") != std::string::npos);
    Assimp::Importer importer;
    const aiScene* scene = importer.ReadFile(file.string(), 0);
    REQUIRE_MESSAGE(scene, importer.GetErrorString());
    bool semimembranosus = false, skin = false;
    for (unsigned i = 0; i < scene->mRootNode->mNumChildren; ++i) {
        const std::string name = scene->mRootNode->mChildren[i]->mName.C_Str();
        semimembranosus |= name == "semimembranosus";
        skin |= name == "skin";
    }
    CHECK(semimembranosus);
    CHECK_FALSE(skin);
    CHECK(scene->mNumMaterials >= 2);

    const Run bad = runViewer(folder, {"--export-scene", (folder.path() / "no-such-folder" / "x.glb").string()}, false);
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.find("x.glb") != std::string::npos);
}
