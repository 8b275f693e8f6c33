#pragma once
// What --list-animations and --report muscles print: JSON for tools, a table for people.
#include "core/motion/muscle_state.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace av {

// Array of {id, name, duration_s, looping}.
nlohmann::json listAnimationsJson();
std::string listAnimationsText();
std::string musclesReportText(const std::vector<MuscleState>& states);

}  // namespace av
