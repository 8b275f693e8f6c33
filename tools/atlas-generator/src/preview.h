#pragma once
// Offscreen VTK render of the generated atlas, for looking at it while iterating.
#include "atlas.h"

#include <set>

namespace atlasgen {

// view: posterior, lateral, medial, anterior, superior, tuberosity, knee. hidden: ids not drawn.
void renderPreview(const AtlasResult& atlas, const std::string& view, const std::filesystem::path& png,
                   const std::set<std::string>& hidden, bool low,
                   const std::vector<std::string>& refs = {});

}  // namespace atlasgen
