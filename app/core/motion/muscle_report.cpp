#include "core/motion/muscle_report.h"

namespace av {

nlohmann::json musclesReportJson(const std::vector<MuscleState>& states) {
    nlohmann::json array = nlohmann::json::array();
    for (const MuscleState& s : states) {
        array.push_back({{"id", s.id},
                         {"mtu_length_m", s.mtu_length_m},
                         {"fiber_length_m", s.fiber_length_m},
                         {"tendon_length_m", s.tendon_length_m},
                         {"tendon_strain", s.tendon_strain},
                         {"hip_extension_moment_arm_m", s.hip_extension_moment_arm_m},
                         {"knee_flexion_moment_arm_m", s.knee_flexion_moment_arm_m}});
    }
    return array;
}

}  // namespace av
