#pragma once
// Generates the whole default atlas: one .glb per structure (+ low level of detail), atlas.json and
// atlas-whole.glb.
#include "core/atlas/structure_spec.h"
#include "core/mesh.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace atlasgen {

struct AtlasOptions {
    bool quick = false;  // 2 mm grids: fast edit-look loop (not for shipping)
    bool verbose = true;
};

struct StructureInfo {
    std::string id, name, kind, segment, color, parent, muscle;
    std::vector<std::string> spans;
    double opacity = 1.0;
    bool group = false;
    std::vector<av::PathAnchor> path;  // a display path (gluteus maximus), see docs/atlas-format.md
};

struct AtlasResult {
    std::vector<StructureInfo> structures;
    std::map<std::string, av::Mesh> full, low;  // metres, atlas frame
    double seconds = 0;
    size_t trianglesFull = 0, trianglesLow = 0;
};

// Builds every mesh (in memory).
AtlasResult buildAtlas(const AtlasOptions& options);
// Writes the files into dir (created if needed).
void writeAtlas(const AtlasResult& atlas, const std::filesystem::path& dir);
// The structure table (ids, names, kinds, colours...).
const std::vector<StructureInfo>& structureTable();

}  // namespace atlasgen
