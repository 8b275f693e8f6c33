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
    std::vector<StructureSpec> structures;
};

inline constexpr int kManifestVersion = 1;

Manifest readManifest(const std::filesystem::path& path, Diagnostics& diagnostics);

// The file a manifest-relative mesh path names. Throws ManifestError when the path is absolute or
// leaves the manifest's folder (also through a symbolic link).
std::filesystem::path resolveMeshPath(const Manifest& manifest, const std::string& relative);

}  // namespace av
