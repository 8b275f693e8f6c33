#pragma once
// What the parts of the mesh loader throw and report. They speak about "the file" without naming it;
// loadMeshFile() puts the path in front of every message.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace av::mesh_io {

// The file cannot be loaded; what() says why.
struct FormatError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Non-fatal oddities found while loading.
using Warnings = std::vector<std::string>;

// Hard caps on what a file may make the loader allocate, whatever its header declares. Far above any
// anatomical mesh (the largest real ones here have about 75k triangles).
inline constexpr std::uint64_t kMaxPoints = 50'000'000;
inline constexpr std::uint64_t kMaxTriangles = 50'000'000;

}  // namespace av::mesh_io
