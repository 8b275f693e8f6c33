#include "core/mesh_loader.h"

#include "core/mesh_io/assimp_reader.h"
#include "core/mesh_io/file_bytes.h"
#include "core/mesh_io/finish_mesh.h"
#include "core/mesh_io/format_error.h"
#include "core/mesh_io/prechecks.h"
#include "core/mesh_io/vtk_reader.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <new>

namespace av {

namespace {

namespace fs = std::filesystem;
using namespace mesh_io;

// One supported file type: the cheap checks, then the reader.
struct Format {
    std::function<void(FileBytes&, const fs::path&)> precheck;
    std::function<Mesh(const fs::path&, Warnings&)> read;
};

Format assimpFormat(void (*precheck)(FileBytes&), AssimpOptions options = {}) {
    return {[precheck](FileBytes& file, const fs::path&) { precheck(file); },
            [options](const fs::path& path, Warnings&) { return readWithAssimp(path, options); }};
}

Format gltfFormat(void (*precheck)(FileBytes&, const fs::path&)) {
    return {precheck, [](const fs::path& path, Warnings&) { return readWithAssimp(path, {}); }};
}

Format vtkFormat(void (*precheck)(FileBytes&), VtkFormat format) {
    return {[precheck](FileBytes& file, const fs::path&) { precheck(file); },
            [format](const fs::path& path, Warnings& warnings) { return readWithVtk(path, format, warnings); }};
}

const std::map<std::string, Format>& formats() {
    static const std::map<std::string, Format> table = {
        {".stl", assimpFormat(precheckStl, AssimpOptions{true})},
        {".obj", assimpFormat(precheckObj)},
        {".ply", assimpFormat(precheckPly)},
        {".fbx", assimpFormat(precheckFbx)},
        {".gltf", gltfFormat(precheckGltf)},
        {".glb", gltfFormat(precheckGlb)},
        {".vtp", vtkFormat(precheckVtp, VtkFormat::XmlPolyData)},
        {".vtk", vtkFormat(precheckLegacyVtk, VtkFormat::Legacy)},
    };
    return table;
}

std::string lowerExtension(const fs::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

Mesh load(const fs::path& path, Warnings& warnings) {
    const std::string extension = lowerExtension(path);
    const auto format = formats().find(extension);
    if (format == formats().end()) {
        std::string known;
        for (const std::string& e : supportedMeshExtensions()) known += (known.empty() ? "" : " ") + e;
        throw FormatError("has an unsupported extension \"" + extension + "\" (supported: " + known + ")");
    }
    FileBytes file(path);
    format->second.precheck(file, path);
    return finishMesh(format->second.read(path, warnings), warnings);
}

}  // namespace

const std::vector<std::string>& supportedMeshExtensions() {
    static const std::vector<std::string> extensions = [] {
        std::vector<std::string> list;
        for (const auto& entry : formats()) list.push_back(entry.first);
        return list;
    }();
    return extensions;
}

Mesh loadMeshFile(const fs::path& path, std::vector<std::string>* warnings) {
    const std::string prefix = path.string() + ": ";
    Warnings found;
    Mesh mesh;
    try {
        mesh = load(path, found);
    } catch (const FormatError& e) {
        throw MeshLoadError(prefix + e.what());
    } catch (const std::bad_alloc&) {
        throw MeshLoadError(prefix + "is too large to load (out of memory)");
    } catch (const std::exception& e) {
        // Anything a reader throws on its own account (filesystem errors, ...) is still this file's problem.
        throw MeshLoadError(prefix + "cannot be read (" + e.what() + ")");
    }
    if (warnings)
        for (const std::string& warning : found) warnings->push_back(prefix + warning);
    return mesh;
}

}  // namespace av
