#include "fma_table.h"

#include <algorithm>
#include <cctype>

namespace atlasimport {

using av::Side;
using av::StructureKind;

// FMA ids of the right side from BodyParts3D 4.0 (file names of the BodyParts3D part files); the left
// counterparts are those named beside them in the same release. Sciatic nerve: BodyParts3D 4.0 has no
// peripheral nerves, so none is mapped.
const std::vector<FmaEntry>& fmaTable() {
    static const std::vector<FmaEntry> table = {
        {"FMA16586", "pelvis", "Hip bone (right)", StructureKind::Bone, Side::Right, "pelvis", {}, ""},
        {"FMA16587", "pelvis_left", "Hip bone (left)", StructureKind::Bone, Side::Left, "pelvis", {}, "pelvis"},
        {"FMA16202", "sacrum", "Sacrum and coccyx", StructureKind::Bone, Side::Midline, "pelvis", {}, ""},
        {"FMA24474", "femur", "Femur (right)", StructureKind::Bone, Side::Right, "femur", {}, ""},
        {"FMA24475", "femur_left", "Femur (left)", StructureKind::Bone, Side::Left, "femur_left", {}, "femur"},
        {"FMA24486", "patella", "Patella", StructureKind::Bone, Side::Right, "patella", {}, ""},
        {"FMA24487", "patella_left", "Patella (left)", StructureKind::Bone, Side::Left, "patella_left", {}, "patella"},
        {"FMA24477", "tibia", "Tibia", StructureKind::Bone, Side::Right, "tibia", {}, ""},
        {"FMA24478", "tibia_left", "Tibia (left)", StructureKind::Bone, Side::Left, "tibia_left", {}, "tibia"},
        {"FMA24480", "fibula", "Fibula", StructureKind::Bone, Side::Right, "tibia", {}, ""},
        {"FMA24481", "fibula_left", "Fibula (left)", StructureKind::Bone, Side::Left, "tibia_left", {}, "fibula"},
        {"FMA45888", "biceps_femoris_long_head", "Biceps femoris, long head", StructureKind::Muscle, Side::Right,
         "pelvis", {"pelvis", "tibia"}, ""},
        {"FMA45889", "biceps_femoris_long_head_left", "Biceps femoris, long head (left)", StructureKind::Muscle,
         Side::Left, "pelvis", {"pelvis", "tibia_left"}, "biceps_femoris_long_head"},
        {"FMA45891", "biceps_femoris_short_head", "Biceps femoris, short head", StructureKind::Muscle, Side::Right,
         "femur", {"femur", "tibia"}, ""},
        {"FMA45892", "biceps_femoris_short_head_left", "Biceps femoris, short head (left)", StructureKind::Muscle,
         Side::Left, "femur_left", {"femur_left", "tibia_left"}, "biceps_femoris_short_head"},
        {"FMA22358", "semitendinosus", "Semitendinosus", StructureKind::Muscle, Side::Right, "pelvis",
         {"pelvis", "tibia"}, ""},
        {"FMA22359", "semitendinosus_left", "Semitendinosus (left)", StructureKind::Muscle, Side::Left, "pelvis",
         {"pelvis", "tibia_left"}, "semitendinosus"},
        {"FMA22448", "semimembranosus", "Semimembranosus", StructureKind::Muscle, Side::Right, "pelvis",
         {"pelvis", "tibia"}, ""},
        {"FMA22449", "semimembranosus_left", "Semimembranosus (left)", StructureKind::Muscle, Side::Left, "pelvis",
         {"pelvis", "tibia_left"}, "semimembranosus"},
        {"FMA22328", "gluteus_maximus", "Gluteus maximus", StructureKind::Muscle, Side::Right, "pelvis",
         {"pelvis", "femur"}, ""},
        {"FMA22330", "gluteus_medius", "Gluteus medius", StructureKind::Muscle, Side::Right, "pelvis",
         {"pelvis", "femur"}, ""},
        {"FMA22332", "gluteus_minimus", "Gluteus minimus", StructureKind::Muscle, Side::Right, "pelvis",
         {"pelvis", "femur"}, ""},
        {"FMA22340", "piriformis", "Piriformis", StructureKind::Muscle, Side::Right, "pelvis", {"pelvis", "femur"}, ""},
        {"FMA22324", "obturator_internus", "Obturator internus", StructureKind::Muscle, Side::Right, "pelvis",
         {"pelvis", "femur"}, ""},
        {"FMA22338", "quadratus_femoris", "Quadratus femoris", StructureKind::Muscle, Side::Right, "pelvis",
         {"pelvis", "femur"}, ""},
        {"FMA22459", "adductor_magnus", "Adductor magnus", StructureKind::Muscle, Side::Right, "pelvis",
         {"pelvis", "femur"}, ""},
    };
    return table;
}

const FmaEntry* findFma(const std::string& fma) {
    std::string upper = fma;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    for (const auto& entry : fmaTable())
        if (entry.fma == upper) return &entry;
    return nullptr;
}

}  // namespace atlasimport
