#pragma once
// The machine-readable muscle report (`--report muscles --json`).
#include "core/motion/muscle_state.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace av {

// A JSON array with one object per state: id, mtu_length_m, fiber_length_m, tendon_length_m,
// tendon_strain (fraction), hip_extension_moment_arm_m, knee_flexion_moment_arm_m.
nlohmann::json musclesReportJson(const std::vector<MuscleState>& states);

}  // namespace av
