#pragma once
// A small, deterministic glTF 2.0 binary (.glb) writer: one node and one mesh per structure,
// POSITION + NORMAL (float) and uint32 indices, one PBR material each.
#include "core/mesh.h"

#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace atlasgen {

struct GlbPart {
    std::string name;
    const av::Mesh* mesh = nullptr;
    std::array<double, 3> srgb{0.8, 0.8, 0.8};
    double opacity = 1.0;
};

// Returns the bytes of the file (identical input -> identical bytes).
std::vector<unsigned char> encodeGlb(const std::vector<GlbPart>& parts);
void writeGlb(const std::filesystem::path& path, const std::vector<GlbPart>& parts);

}  // namespace atlasgen
