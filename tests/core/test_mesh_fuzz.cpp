// A small deterministic fuzz of loadMeshFile(): a good file of each format cut short at many lengths
// and with bytes overwritten at many places. Each variant must either be refused with a MeshLoadError
// or load as a valid mesh - never crash, hang or throw anything else.
#include "core/mesh_loader.h"
#include "test_mesh_fixtures.h"

#include <assimp/Exporter.hpp>
#include <assimp/Importer.hpp>
#include <assimp/scene.h>
#include <doctest/doctest.h>

#include <random>

using namespace av;
using namespace av::test;

// Assimp 5.2's text parsers (STL, PLY, FBX) and VTK 9.1's XML reader leak a little when a malformed
// file makes them give up half-way. Those leaks are theirs, and this fuzz provokes them on purpose, so
// LeakSanitizer (which calls this hook in sanitizer builds) is told to expect them.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libassimp.so\nleak:vtkArrayIteratorTemplate\n";
}

namespace {

struct Outcome {
    std::size_t loaded = 0;
    std::size_t refused = 0;
};

void tryLoad(const fs::path& path, const std::string& bytes, Outcome& outcome) {
    writeFile(path, bytes);
    try {
        const Mesh mesh = loadMeshFile(path);
        checkValidMesh(mesh);
        ++outcome.loaded;
    } catch (const MeshLoadError& e) {
        CHECK(std::string(e.what()).rfind(path.string() + ": ", 0) == 0);
        ++outcome.refused;
    } catch (const std::exception& e) {
        FAIL_CHECK("threw something other than MeshLoadError: " << e.what());
    }
}

// An FBX file as Assimp writes it (binary or ascii), from the box.
std::string exportedFbx(const TempDir& dir, const char* format) {
    writeFile(dir / "source.obj", obj(box()));
    Assimp::Importer importer;
    const aiScene* scene = importer.ReadFile((dir / "source.obj").string(), 0);
    REQUIRE(scene);
    Assimp::Exporter exporter;
    REQUIRE(exporter.Export(scene, format, (dir / "exported.fbx").string()) == AI_SUCCESS);
    return readFile(dir / "exported.fbx");
}

}  // namespace

TEST_CASE("mesh loader fuzz: cut and corrupted files are refused or load valid, never crash") {
    TempDir dir;
    const Shape shape = box();
    // Assimp 5.2 cannot read back its own binary FBX, but its tokenizer still gets fuzzed with it.
    const std::vector<std::pair<std::string, std::string>> files = {
        {"stl", binaryStl(shape)},      {"stl", asciiStl(shape)},      {"obj", obj(shape)},
        {"ply", asciiPly(shape)},       {"ply", binaryPly(shape)},     {"glb", glb(shape)},
        {"gltf", gltfWithDataUri(shape)}, {"vtp", asciiVtp(shape)},    {"vtk", legacyVtkAscii(shape)},
        {"vtk", legacyVtkBinary(shape)}, {"fbx", exportedFbx(dir, "fbxa")}, {"fbx", exportedFbx(dir, "fbx")}};
    // Overwriting bytes with these keeps text formats text, to get past the first checks.
    const std::string textual = "0123456789 -.+eE\n\"<>/=:,[]{}xyzfvn";

    // Nothing may reach the console either; the counts are reported once it is back.
    ConsoleCapture console(dir / "console.txt");
    std::string summary;
    for (std::size_t f = 0; f < files.size(); ++f) {
        const auto& [extension, good] = files[f];
        CAPTURE(f);
        CAPTURE(extension);
        const fs::path path = dir / ("fuzz." + extension);
        Outcome cut, corrupted;
        const std::size_t step = std::max<std::size_t>(1, good.size() / 48);
        for (std::size_t length = 0; length < good.size(); length += step) {
            CAPTURE(length);
            tryLoad(path, good.substr(0, length), cut);
        }
        std::mt19937 random(static_cast<unsigned>(f + 1));
        for (int round = 0; round < 96; ++round) {
            CAPTURE(round);
            std::string bytes = good;
            const int changes = 1 + round % 4;
            for (int c = 0; c < changes; ++c) {
                const std::size_t at = random() % bytes.size();
                bytes[at] = round % 2 ? textual[random() % textual.size()] : static_cast<char>(random() & 0xff);
            }
            tryLoad(path, bytes, corrupted);
        }
        summary += "\n." + extension + ": cut files " + std::to_string(cut.refused) + " refused, " +
                   std::to_string(cut.loaded) + " loaded; corrupted files " + std::to_string(corrupted.refused) +
                   " refused, " + std::to_string(corrupted.loaded) + " loaded";
        // A file cut to nothing or to half is never a mesh: the test would catch a loader that accepts anything.
        CHECK(cut.refused > 0);
    }
    CHECK(console.stop() == "");
    MESSAGE("fuzz outcomes:" << summary);
}
