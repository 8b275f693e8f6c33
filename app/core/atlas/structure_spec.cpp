#include "core/atlas/structure_spec.h"

#include <utility>

namespace av {
namespace {
const std::pair<StructureKind, const char*> kKindNames[] = {
    {StructureKind::Bone, "bone"},   {StructureKind::Muscle, "muscle"}, {StructureKind::Tendon, "tendon"},
    {StructureKind::Ligament, "ligament"},
    {StructureKind::Bursa, "bursa"}, {StructureKind::Nerve, "nerve"},   {StructureKind::Skin, "skin"},
    {StructureKind::Region, "region"},
};
}  // namespace

const char* kindName(StructureKind kind) {
    for (const auto& [k, name] : kKindNames)
        if (k == kind) return name;
    return "region";
}

std::optional<StructureKind> parseKind(const std::string& text) {
    for (const auto& [kind, name] : kKindNames)
        if (text == name) return kind;
    return std::nullopt;
}

}  // namespace av
