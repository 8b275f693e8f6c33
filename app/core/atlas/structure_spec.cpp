#include "core/atlas/structure_spec.h"

#include <utility>

namespace av {
namespace {
const std::pair<Side, const char*> kSideNames[] = {
    {Side::Right, "right"}, {Side::Left, "left"}, {Side::Midline, "midline"}};

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

const std::vector<KindInfo>& structureKinds() {
    static const std::vector<KindInfo> kinds = {
        {StructureKind::Skin, "skin", "Skin", true},        {StructureKind::Muscle, "muscle", "Muscles", true},
        {StructureKind::Tendon, "tendon", "Tendons", true}, {StructureKind::Ligament, "ligament", "Ligaments", true},
        {StructureKind::Bursa, "bursa", "Bursae", true},
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

const char* sideName(Side side) {
    for (const auto& [s, name] : kSideNames)
        if (s == side) return name;
    return "right";
}

std::optional<Side> parseSide(const std::string& text) {
    for (const auto& [side, name] : kSideNames)
        if (text == name) return side;
    return std::nullopt;
}

Side inferSide(const std::string& id, const std::string& segment) {
    return endsWith(id, "_left") || endsWith(segment, "_left") ? Side::Left : Side::Right;
}

bool operator==(const StructureSpec& a, const StructureSpec& b) {
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.segment == b.segment && a.side == b.side &&
           a.mesh == b.mesh && a.meshLow == b.meshLow && a.color == b.color && a.opacity == b.opacity &&
           a.unitScale == b.unitScale && a.transform == b.transform && a.annotation == b.annotation &&
           a.parent == b.parent && a.muscle == b.muscle && a.spans == b.spans &&
           a.path == b.path;
}

}  // namespace av
