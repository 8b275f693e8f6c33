#pragma once
// Shared by the annotation tests: the atlas structure ids the content must cover, and where the shipped
// content lives.
#include "core/annotations/known_ids.h"
#include "core/diagnostics.h"

#include <filesystem>
#include <sstream>
#include <string>

namespace av::test {

// Every structure of the default atlas; each needs a text.
inline const IdSet& atlasStructureIds() {
    static const IdSet ids{"pelvis", "pelvis_left", "sacrum", "femur", "femur_left", "patella", "tibia", "fibula",
                           "patella_left", "tibia_left", "fibula_left",
                           "ischial_tuberosity", "conjoint_tendon_footprint", "semimembranosus_footprint",
                           "biceps_femoris_long_head", "biceps_femoris_short_head", "semimembranosus",
                           "semitendinosus", "proximal_hamstring_tendon", "conjoint_tendon",
                           "semimembranosus_tendon", "ischiogluteal_bursa", "sciatic_nerve", "gluteus_maximus",
                           "gluteus_medius", "gluteus_minimus", "trochanteric_bursa", "skin",
                           // the deep structures around the hamstring origin, and the nerves below the division
                           "adductor_magnus", "quadratus_femoris", "piriformis", "obturator_internus",
                           "gemellus_superior", "gemellus_inferior", "sacrotuberous_ligament", "tibial_nerve",
                           "common_fibular_nerve", "posterior_femoral_cutaneous_nerve"};
    return ids;
}

inline std::filesystem::path annotationsFolder() { return std::filesystem::path(AV_SOURCE_DIR) / "annotations"; }

// All messages, one per line, so a failing CHECK shows what was reported.
inline std::string describe(const Diagnostics& diagnostics) {
    std::ostringstream text;
    for (const auto& message : diagnostics.errors) text << "error: " << message << '\n';
    for (const auto& message : diagnostics.warnings) text << "warning: " << message << '\n';
    return text.str();
}

// True when some error or warning contains `fragment`.
inline bool reported(const Diagnostics& diagnostics, const std::string& fragment) {
    for (const auto* list : {&diagnostics.errors, &diagnostics.warnings})
        for (const auto& message : *list)
            if (message.find(fragment) != std::string::npos) return true;
    return false;
}

}  // namespace av::test
