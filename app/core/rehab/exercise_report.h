#pragma once
// `--report exercises`: every exercise of the programme with its stage and the two numbers the model gives,
// in programme order (stage by stage, each stage's exercises as the programme lists them).
#include "core/rehab/rehab_programme.h"

#include <nlohmann/json.hpp>

#include <string>

namespace av {

// [{"id", "stage", "peak_tendon_strain", "peak_hip_flexion_deg"}]: id the motion id, stage the stage number,
// the strain a fraction, the hip flexion under load in degrees (core/rehab/exercise_load.h says how).
nlohmann::json exercisesReportJson(const RehabProgramme& programme);
// The same as a table for people, with the strain in percent.
std::string exercisesReportText(const RehabProgramme& programme);

}  // namespace av
