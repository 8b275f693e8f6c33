#include "core/rehab/rehab_programme.h"

#include "core/annotations/json_fields.h"
#include "core/annotations/text_file.h"
#include "core/suggest.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace av {
namespace {

// {"patient": "...", "clinical": "..."}: both wordings, neither empty.
std::array<std::string, kAudiences.size()> wordings(const JsonSource& source, const JsonFields& fields,
                                                    const std::string& key) {
    if (!fields.raw(key).is_object())
        throw FieldError(fields.has(key) ? fields.pointerOf(key) : fields.pointer(),
                         "\"" + key + "\" must be {\"patient\": ..., \"clinical\": ...}");
    const JsonFields both(source, fields.pointerOf(key));
    std::array<std::string, kAudiences.size()> texts;
    for (const Audience audience : kAudiences) texts[std::size_t(audience)] = both.requiredString(audienceName(audience));
    return texts;
}

int stageNumber(const JsonFields& fields) {
    const auto number = fields.optionalNumber("stage");
    if (!number) throw FieldError(fields.pointer(), "missing field \"stage\" (its place in the programme: 1, 2, ...)");
    if (!(*number >= 1 && *number <= 99) || std::floor(*number) != *number)
        throw FieldError(fields.pointerOf("stage"), "\"stage\" must be a whole number from 1 to 99");
    return int(*number);
}

const Animation* findMotion(const std::vector<Animation>& motions, const std::string& id) {
    for (const Animation& motion : motions)
        if (motion.id() == id) return &motion;
    return nullptr;
}

// One exercise, or nullopt after reporting why it is left out.
std::optional<RehabExercise> parseExercise(const JsonSource& source, const std::string& pointer,
                                           const std::vector<Animation>& motions, std::set<std::string>& listed,
                                           Diagnostics& diagnostics) {
    const JsonFields fields(source, pointer);
    RehabExercise exercise;
    exercise.line = source.lineOf(pointer);
    exercise.motion = fields.requiredString("motion");
    const Animation* motion = findMotion(motions, exercise.motion);
    if (!motion) {
        std::vector<std::string> ids;
        for (const Animation& m : motions) ids.push_back(m.id());
        diagnostics.error(source.at(fields.pointerOf("motion"), "no motion \"" + exercise.motion + "\"" +
                                                                    didYouMean(exercise.motion, ids) +
                                                                    " in annotations/motions; exercise left out"));
        return std::nullopt;
    }
    if (!listed.insert(exercise.motion).second) {
        diagnostics.error(source.at(fields.pointerOf("motion"),
                                    "\"" + exercise.motion + "\" is already an exercise of the programme; left out"));
        return std::nullopt;
    }
    exercise.name = fields.optionalString("name");
    if (exercise.name.empty()) exercise.name = motion->displayName();
    exercise.how = fields.optionalString("how");
    exercise.load = exerciseLoad(*motion);
    if (!exercise.load.loaded) {
        char threshold[16];
        std::snprintf(threshold, sizeof threshold, "%g", kUnderLoadActivation);
        diagnostics.error(source.at(fields.pointerOf("motion"), "motion \"" + exercise.motion +
                                                                    "\" never works the hamstrings (activation stays below " +
                                                                    threshold + "): it is no exercise; left out"));
        return std::nullopt;
    }
    return exercise;
}

RehabStage parseStage(const JsonSource& source, const std::string& pointer, const std::vector<RehabStage>& earlier,
                      const std::vector<Animation>& motions, std::set<std::string>& listed, Diagnostics& diagnostics) {
    const JsonFields fields(source, pointer);
    RehabStage stage;
    stage.line = source.lineOf(pointer);
    stage.number = stageNumber(fields);
    if (std::any_of(earlier.begin(), earlier.end(), [&](const RehabStage& s) { return s.number == stage.number; }))
        throw FieldError(fields.pointerOf("stage"), "stage " + std::to_string(stage.number) + " is given twice");
    stage.titles = wordings(source, fields, "title");
    stage.goals = wordings(source, fields, "goal");
    const auto& exercises = fields.raw("exercises");
    if (!exercises.is_array() || exercises.empty())
        throw FieldError(fields.has("exercises") ? fields.pointerOf("exercises") : pointer,
                         "\"exercises\" must be a non-empty list");
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        const std::string at = fields.pointerOf("exercises") + "/" + std::to_string(i);
        try {
            if (auto exercise = parseExercise(source, at, motions, listed, diagnostics))
                stage.exercises.push_back(std::move(*exercise));
        } catch (const FieldError& error) {
            diagnostics.error(source.at(error.pointer, std::string(error.what()) + "; exercise left out"));
        }
    }
    return stage;
}

}  // namespace

double strainBarFraction(const RehabProgramme& programme, const ExerciseLoad& load) {
    double largest = 0;
    for (const RehabStage& stage : programme.stages)
        for (const RehabExercise& exercise : stage.exercises)
            largest = std::max(largest, exercise.load.peak_tendon_strain);
    return largest > 0 ? std::clamp(load.peak_tendon_strain / largest, 0.0, 1.0) : 0.0;
}

double hipBarFraction(const ExerciseLoad& load) {
    return std::clamp(load.peak_hip_flexion_deg / PoseLimits{}.hip_flexion.max_deg, 0.0, 1.0);
}

RehabProgramme parseRehabProgramme(const std::string& text, const std::string& file,
                                   const std::vector<Animation>& motions, Diagnostics& diagnostics) {
    RehabProgramme programme;
    const auto source = parseJsonSource(text, file, diagnostics);
    if (!source || !checkJsonHeader(*source, kRehabFormat, kRehabVersion, diagnostics)) return programme;
    try {
        programme.abouts = wordings(*source, JsonFields(*source, ""), "about");
    } catch (const FieldError& error) {
        diagnostics.error(source->at(error.pointer, std::string(error.what()) + "; file left out"));
        return programme;
    }
    const auto& stages = source->value.contains("stages") ? source->value["stages"] : nlohmann::json();
    if (!stages.is_array() || stages.empty()) {
        diagnostics.error(source->at("/stages", "\"stages\" must be a non-empty list; file left out"));
        return programme;
    }
    std::set<std::string> listed;  // motions already in a stage: an exercise belongs to one stage
    for (std::size_t i = 0; i < stages.size(); ++i) {
        const std::string pointer = "/stages/" + std::to_string(i);
        try {
            RehabStage stage = parseStage(*source, pointer, programme.stages, motions, listed, diagnostics);
            if (stage.exercises.empty()) throw FieldError(pointer + "/exercises", "no exercise of the stage could be used");
            programme.stages.push_back(std::move(stage));
        } catch (const FieldError& error) {
            diagnostics.error(source->at(error.pointer, std::string(error.what()) + "; stage left out"));
        }
    }
    std::stable_sort(programme.stages.begin(), programme.stages.end(),
                     [](const RehabStage& a, const RehabStage& b) { return a.number < b.number; });
    return programme;
}

RehabProgramme loadRehabProgramme(const std::filesystem::path& path, Diagnostics& diagnostics) {
    const auto text = readTextFile(path, diagnostics);
    if (!text) return {};
    return parseRehabProgramme(*text, path.string(), animations(), diagnostics);
}

}  // namespace av
