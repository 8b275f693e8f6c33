#include "structures.h"

namespace atlasgen {

double Context::boneDistance(const std::string& id, const V3& p) const {
    auto it = bones.find(id);
    if (it == bones.end() || !it->second.grid) return Grid::kFar;
    return it->second.grid->sample(p - it->second.offset);
}

double Context::boneDistance(const V3& p) const {
    double d = Grid::kFar;
    for (const auto& [id, f] : bones)
        if (f.grid) d = std::min(d, f.grid->sample(p - f.offset));
    return d;
}

double Context::softDistance(const std::string& id, const V3& p) const {
    auto it = soft.find(id);
    if (it == soft.end() || !it->second.grid) return Grid::kFar;
    return it->second.grid->sample(p - it->second.offset);
}

V3 Context::boneGradient(const std::string& id, const V3& p) const {
    auto it = bones.find(id);
    if (it == bones.end() || !it->second.grid) return V3::Zero();
    return it->second.grid->gradient(p - it->second.offset);
}

}  // namespace atlasgen
