#include "core/rehab/exercise_report.h"

#include <cstdio>

namespace av {

nlohmann::json exercisesReportJson(const RehabProgramme& programme) {
    nlohmann::json report = nlohmann::json::array();
    for (const RehabStage& stage : programme.stages)
        for (const RehabExercise& exercise : stage.exercises)
            report.push_back({{"id", exercise.motion},
                              {"stage", stage.number},
                              {"peak_tendon_strain", exercise.load.peak_tendon_strain},
                              {"peak_hip_flexion_deg", exercise.load.peak_hip_flexion_deg}});
    return report;
}

std::string exercisesReportText(const RehabProgramme& programme) {
    std::string text = "stage  exercise              peak tendon strain %  hip flexion under load deg\n";
    char line[200];
    for (const RehabStage& stage : programme.stages)
        for (const RehabExercise& exercise : stage.exercises) {
            std::snprintf(line, sizeof line, "%5d  %-21s %20.2f %27.0f\n", stage.number, exercise.motion.c_str(),
                          exercise.load.peak_tendon_strain * 100, exercise.load.peak_hip_flexion_deg);
            text += line;
        }
    return text;
}

}  // namespace av
