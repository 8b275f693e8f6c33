#pragma once
// The data of `--list-structures --json`: one object per structure with id, name, kind, segment,
// triangles (full detail) and bounds_m = [xmin, xmax, ymin, ymax, zmin, zmax] in metres in the atlas
// frame at the neutral pose.
#include "core/atlas/atlas.h"

#include <nlohmann/json.hpp>

namespace av {

nlohmann::json listStructuresJson(const Atlas& atlas);
std::string listStructuresText(const Atlas& atlas);

}  // namespace av
