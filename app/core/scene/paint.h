#pragma once
// Where each condition is felt, painted onto the skin: per-vertex colours computed from the neutral mesh
// (where it is felt belongs to the body, not to the pose). Several conditions show at once, each in its own
// colour; where two overlap, the stronger wins.
#include "core/annotations/mimics.h"
#include "core/atlas/atlas.h"
#include "core/scene/render_list.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace av {

// A structure's vertex colours with the conditions' regions painted, and which conditions touch it.
struct PaintedStructure {
    std::shared_ptr<const VertexColors> colors;
    std::vector<std::string> regions;  // mimic ids painted on it
};
// Nothing when the structure is not skin or no region touches it.
std::optional<PaintedStructure> paintPainRegions(const Structure& structure, const std::vector<const Mimic*>& mimics);

}  // namespace av
