#include "core/atlas/structure_spec.h"

namespace av {

const std::vector<KindInfo>& structureKinds() {
    static const std::vector<KindInfo> kinds = {
        {StructureKind::Skin, "skin", "Skin", true},        {StructureKind::Muscle, "muscle", "Muscles", true},
        {StructureKind::Tendon, "tendon", "Tendons", true}, {StructureKind::Bursa, "bursa", "Bursae", true},
        {StructureKind::Nerve, "nerve", "Nerves", true},    {StructureKind::Bone, "bone", "Bones", true},
        {StructureKind::Region, "region", "Regions", false},
    };
    return kinds;
}

const KindInfo& kindInfo(StructureKind kind) {
    for (const auto& info : structureKinds())
        if (info.kind == kind) return info;
    return structureKinds().back();
}

const char* kindName(StructureKind kind) { return kindInfo(kind).id; }

std::optional<StructureKind> parseKind(const std::string& text) {
    for (const auto& info : structureKinds())
        if (text == info.id) return info.kind;
    return std::nullopt;
}

}  // namespace av
