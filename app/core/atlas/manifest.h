#pragma once
// Reads an atlas manifest (meshes/atlas.json; format in docs/atlas-format.md). Structures with a bad
// field are reported and left out; a manifest that cannot be used at all throws ManifestError.
#include "core/atlas/structure_spec.h"
#include "core/diagnostics.h"

#include <filesystem>
#include <stdexcept>

namespace av {

// what() reads "<manifest path>: <what is wrong>".
struct ManifestError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Manifest {
    std::filesystem::path path;  // the manifest file; mesh paths are relative to its folder
    std::string name;
    // Applied to every structure after its own unit and transform (e.g. a scanned atlas registered to the
    // atlas frame as a whole). Row-major in the file; identity when absent.
    Eigen::Matrix4d transform = Eigen::Matrix4d::Identity();
    std::vector<StructureSpec> structures;
};

// The version this viewer writes; it reads every version from kOldestManifestVersion on.
inline constexpr int kManifestVersion = 2;
inline constexpr int kOldestManifestVersion = 1;

Manifest readManifest(const std::filesystem::path& path, Diagnostics& diagnostics);

// The file a manifest-relative mesh path names. Throws ManifestError when the path is absolute or
// leaves the manifest's folder (also through a symbolic link).
std::filesystem::path resolveMeshPath(const Manifest& manifest, const std::string& relative);

}  // namespace av
