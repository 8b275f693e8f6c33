#pragma once
// Helpers for the importer's tests: the shared real meshes (skipped with a message when absent, a failure
// under CI), the reference atlas, binary STL files, and running the executable.
#include "core/mesh.h"
#include "temp_folder.h"

#include <doctest/doctest.h>

#include <Eigen/Core>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/wait.h>

namespace importtest {

inline std::filesystem::path bodyParts3d() {
    const char* fromEnvironment = std::getenv("AV_SHARED_DIR");
    return std::filesystem::path(fromEnvironment ? fromEnvironment : AV_SHARED_DIR) / "real-meshes" / "bodyparts3d";
}

inline bool bodyParts3dAvailable() {
    if (std::filesystem::exists(bodyParts3d() / "FMA16586.stl")) return true;
    const char* ci = std::getenv("CI");
    if (ci && std::string(ci) == "true") FAIL("the shared BodyParts3D meshes are missing under CI: " << bodyParts3d());
    MESSAGE("skipped: " << bodyParts3d() << " is absent");
    return false;
}

inline std::filesystem::path referenceAtlas() { return std::filesystem::path(AV_SOURCE_DIR) / "meshes" / "atlas.json"; }

// Writes the mesh, moved by `transform`, as a binary STL file.
inline void writeStl(const av::Mesh& mesh, const Eigen::Matrix4d& transform, const std::filesystem::path& path) {
    std::ofstream out(path, std::ios::binary);
    const char header[80] = {};
    out.write(header, 80);
    const auto count = std::uint32_t(mesh.triangles.size());
    out.write(reinterpret_cast<const char*>(&count), 4);
    for (const auto& t : mesh.triangles) {
        float record[12] = {};
        for (int corner = 0; corner < 3; ++corner) {
            const auto& p = mesh.positions[t[corner]];
            const Eigen::Vector4d q = transform * Eigen::Vector4d(p[0], p[1], p[2], 1);
            for (int axis = 0; axis < 3; ++axis) record[3 + 3 * corner + axis] = float(q[axis]);
        }
        out.write(reinterpret_cast<const char*>(record), sizeof record);
        const std::uint16_t attributes = 0;
        out.write(reinterpret_cast<const char*>(&attributes), 2);
    }
}

struct Run {
    int exitCode;
    std::string out, err;
};

inline std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Runs build/atlas-import with the arguments (each single-quoted for the shell).
inline Run runImport(const av::test::TempFolder& folder, const std::vector<std::string>& arguments) {
    std::string command = "'" AV_IMPORT_EXECUTABLE "'";
    for (const auto& argument : arguments) command += " '" + argument + "'";
    const auto out = folder.path() / "stdout.txt", err = folder.path() / "stderr.txt";
    command += " >'" + out.string() + "' 2>'" + err.string() + "'";
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, readText(out), readText(err)};
}

}  // namespace importtest
