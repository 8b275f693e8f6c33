#pragma once
// The staged loading programme (annotations/rehab.json; format in docs/annotation-format.md): stages in
// programme order, each with its name and goal in both wordings and its exercises, which are motions of
// annotations/motions. Each exercise carries the load the model computes for it (core/rehab/exercise_load.h).
#include "core/annotations/document.h"
#include "core/motion/animations.h"
#include "core/rehab/exercise_load.h"

#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace av {

inline constexpr const char* kRehabFormat = "anatomy-viewer-rehab";
inline constexpr int kRehabVersion = 1;

struct RehabExercise {
    std::string motion;  // a motion id (annotations/motions/<id>.json): the Play button plays it
    std::string name;    // plain name ("Bridge hold"); the motion's own name when the file gives none
    std::string how;     // how to do it, in plain words; may be empty
    ExerciseLoad load;
    int line = 0;
};

struct RehabStage {
    int number = 0;  // programme order: 1 first
    std::array<std::string, kAudiences.size()> titles, goals;  // indexed by Audience
    std::vector<RehabExercise> exercises;
    int line = 0;

    const std::string& title(Audience audience) const { return titles[std::size_t(audience)]; }
    const std::string& goal(Audience audience) const { return goals[std::size_t(audience)]; }
};

struct RehabProgramme {
    // What the programme and its two numbers mean, in each wording (indexed by Audience).
    std::array<std::string, kAudiences.size()> abouts;
    std::vector<RehabStage> stages;  // by number, ascending

    bool empty() const { return stages.empty(); }
    const std::string& about(Audience audience) const { return abouts[std::size_t(audience)]; }
};

// The filled part (0..1) of an exercise's two bars, wherever they are drawn: the strain against the largest of
// the programme, the hip flexion under load against 120°, the end of the hip's range (core/motion/pose.h).
double strainBarFraction(const RehabProgramme& programme, const ExerciseLoad& load);
double hipBarFraction(const ExerciseLoad& load);

// Parses the programme; `motions` are the motions its exercises may name. A file without "about" in both wordings
// or without stages is refused; a stage that is malformed or repeats
// a number is reported (file:line) and left out; so is an exercise whose motion is unknown, that another stage
// already lists, or whose motion never works the hamstrings (activation below kUnderLoadActivation throughout).
RehabProgramme parseRehabProgramme(const std::string& text, const std::string& file,
                                   const std::vector<Animation>& motions, Diagnostics& diagnostics);
// The file at `path` with the shipped motions (animations()).
RehabProgramme loadRehabProgramme(const std::filesystem::path& path, Diagnostics& diagnostics);

}  // namespace av
