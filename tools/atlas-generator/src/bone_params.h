#pragma once
// Bone parameters measured on BodyParts3D by tools/atlas-measure (profiles, landmarks, curves; never
// vertices), read from tools/atlas-generator/params/*.json at generation time. docs/sources.md credits
// them.
#include <nlohmann/json.hpp>

#include <string>

namespace atlasgen {

// params/<name>.json, parsed once; a missing or malformed file throws naming the file and the problem.
const nlohmann::json& boneParams(const std::string& name);

}  // namespace atlasgen
