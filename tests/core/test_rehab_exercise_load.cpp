// Each exercise's two numbers: the peak proximal tendon strain and the hip flexion under load, checked against a
// direct computation from the muscle model, and the programme's order: it starts low and ends high.
#include "annotations_test_support.h"
#include "core/annotations/content.h"
#include "core/motion/muscle_state.h"
#include "core/rehab/exercise_report.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace av;

namespace {

const RehabProgramme& shipped() {
    static Diagnostics diagnostics;
    static const Content content = loadContent(test::annotationsFolder(), test::atlasStructureIds(), diagnostics);
    return content.rehab;
}

// The two numbers straight from the model, at `samples` times over the cycle.
ExerciseLoad direct(const Animation& motion, int samples) {
    ExerciseLoad load;
    load.peak_hip_flexion_deg = -1e9;
    for (int i = 0; i < samples; ++i) {
        const AnimationSample sample = motion.sample(motion.durationSeconds() * i / (samples - 1));
        const Pose pose = clampPose(sample.pose).pose;
        for (const MuscleState& state : muscleStates(pose, sample.activation))
            if (state.id != "biceps_femoris_short_head")  // no tendon at the sit bone
                load.peak_tendon_strain = std::max(load.peak_tendon_strain, state.tendon_strain);
        if (sample.activation >= 0.2) {
            load.peak_hip_flexion_deg = std::max(load.peak_hip_flexion_deg, pose.hip_flexion_deg);
            load.loaded = true;
        }
    }
    return load;
}

double largest(const RehabStage& stage, double ExerciseLoad::*number) {
    double most = -1e9;
    for (const RehabExercise& exercise : stage.exercises) most = std::max(most, exercise.load.*number);
    return most;
}

double smallest(const RehabStage& stage, double ExerciseLoad::*number) {
    double least = 1e9;
    for (const RehabExercise& exercise : stage.exercises) least = std::min(least, exercise.load.*number);
    return least;
}

}  // namespace

TEST_CASE("exercise load: a held pose gives the muscle model's own numbers") {
    const Animation hold("hold", "Hold", 3.0, true, {{0, 30, 60, 0.6, 0}, {1, 30, 60, 0.6, 0}});
    const ExerciseLoad load = exerciseLoad(hold);
    const ProximalTendonStrain strain = proximalTendonStrain(muscleStates({30, 0, 0, 60}, 0.6));
    CHECK(load.loaded);
    CHECK(load.peak_tendon_strain == doctest::Approx(std::max(strain.conjoint, strain.semimembranosus)));
    CHECK(load.peak_tendon_strain > 0.01);
    CHECK(load.peak_hip_flexion_deg == doctest::Approx(30));
}

TEST_CASE("exercise load: hip flexion counts only while the hamstrings work") {
    // The hip bends to 100° while the muscle rests, and stays at 20° while it works: the muscle lets go before
    // the hip bends and works again only once it is back at 20°.
    const Animation lift("lift", "Lift", 4.0, true,
                         {{0, 20, 0, 0.6, 0}, {0.3, 20, 0, 0.6, 0}, {0.35, 20, 0, 0.05, 0}, {0.45, 100, 0, 0.05, 0},
                          {0.6, 100, 0, 0.05, 0}, {0.7, 20, 0, 0.05, 0}, {0.75, 20, 0, 0.6, 0}, {1, 20, 0, 0.6, 0}});
    const ExerciseLoad load = exerciseLoad(lift);
    CHECK(load.loaded);
    CHECK(load.peak_hip_flexion_deg == doctest::Approx(20));
    // A passive stretch works nothing: no hip flexion under load, though the tendon is stretched.
    const Animation stretch("stretch", "Stretch", 4.0, true, {{0, 0, 0, 0, 0}, {0.5, 90, 0, 0.1, 0}, {1, 0, 0, 0, 0}});
    const ExerciseLoad passive = exerciseLoad(stretch);
    CHECK_FALSE(passive.loaded);
    CHECK(passive.peak_tendon_strain > 0);
}

TEST_CASE("exercise load: the shipped exercises' numbers match a direct computation ten times finer") {
    REQUIRE_FALSE(shipped().empty());
    for (const RehabStage& stage : shipped().stages)
        for (const RehabExercise& exercise : stage.exercises) {
            CAPTURE(exercise.motion);
            const Animation* motion = findAnimation(exercise.motion).animation;
            REQUIRE(motion);
            const ExerciseLoad fine = direct(*motion, kExerciseLoadSamples * 10);
            REQUIRE(fine.loaded);
            CHECK(exercise.load.peak_tendon_strain == doctest::Approx(fine.peak_tendon_strain).epsilon(0.002));
            CHECK(exercise.load.peak_hip_flexion_deg == doctest::Approx(fine.peak_hip_flexion_deg).epsilon(0.01));
            CHECK(exercise.load.peak_tendon_strain <= fine.peak_tendon_strain + 1e-12);  // a sample, never more
        }
}

TEST_CASE("exercise load: the programme starts low and ends high, in strain and in loaded hip flexion") {
    const auto& stages = shipped().stages;
    REQUIRE(stages.size() == 4);
    const RehabStage &first = stages.front(), &last = stages.back();
    const auto strain = &ExerciseLoad::peak_tendon_strain;
    const auto hip = &ExerciseLoad::peak_hip_flexion_deg;
    // Every isometric hold is below every running exercise, in both numbers.
    CHECK(largest(first, strain) < smallest(last, strain));
    CHECK(largest(first, hip) < smallest(last, hip));
    // Stage 1 asks the least of any stage. Of the exercises that load the tendon with the hip bent past 60° (strain
    // and compression together), sprinting strains it most: that is why it comes last. (The Nordic curl may strain
    // it as much, but with a straight hip.)
    for (const RehabStage& stage : stages) {
        CHECK(largest(first, strain) <= largest(stage, strain));
        CHECK(largest(first, hip) <= largest(stage, hip));
    }
    double most = 0;
    std::string hardest;
    for (const RehabStage& stage : stages)
        for (const RehabExercise& exercise : stage.exercises)
            if (exercise.load.peak_hip_flexion_deg > 60 && exercise.load.peak_tendon_strain > most)
                most = exercise.load.peak_tendon_strain, hardest = exercise.motion;
    CHECK(hardest == "sprint_late_swing");
    // Holding still keeps the hip fairly straight; sprinting bends it well past 60° while the muscle works.
    CHECK(largest(first, hip) <= 30);
    CHECK(last.exercises.back().load.peak_hip_flexion_deg > 60);
}

TEST_CASE("exercise report: one entry per exercise, in programme order, with exactly the contract's fields") {
    const nlohmann::json report = exercisesReportJson(shipped());
    REQUIRE(report.is_array());
    std::size_t count = 0;
    for (const RehabStage& stage : shipped().stages)
        for (const RehabExercise& exercise : stage.exercises) {
            REQUIRE(count < report.size());
            const nlohmann::json& entry = report[count++];
            CHECK(entry.size() == 4);
            CHECK(entry["id"] == exercise.motion);
            CHECK(entry["stage"] == stage.number);
            CHECK(entry["peak_tendon_strain"].get<double>() == exercise.load.peak_tendon_strain);
            CHECK(entry["peak_hip_flexion_deg"].get<double>() == exercise.load.peak_hip_flexion_deg);
        }
    CHECK(report.size() == count);
    for (std::size_t i = 1; i < report.size(); ++i) CHECK(report[i - 1]["stage"] <= report[i]["stage"]);
    CHECK(exercisesReportText(shipped()).find("sprint_late_swing") != std::string::npos);
}
