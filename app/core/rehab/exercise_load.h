#pragma once
// How hard one exercise works the proximal hamstring tendon, by the model: over the motion's cycle, the largest
// proximal tendon strain and the deepest hip bend while the hamstrings work. The two numbers of the
// Rehabilitation panel, the handout and `--report exercises`.
#include "core/motion/animations.h"

namespace av {

// Activation (0..1) above which the hamstrings count as working: "under load". Below it a motion is at rest
// or moves passively (a relaxed leg swinging back, the lowering between repetitions).
inline constexpr double kUnderLoadActivation = 0.2;
// Samples over one cycle (steps of under 0.5% of the cycle): the keyframe curves are smooth, so the peaks found
// differ from those of a ten times finer sampling by far less than the bars can show (a core test checks).
inline constexpr int kExerciseLoadSamples = 240;

struct ExerciseLoad {
    // Fraction. At each sample, the larger of the two proximal tendon parts of proximalTendonStrain
    // (core/motion/muscle_state.h): the conjoint tendon (semitendinosus and biceps femoris long head) and the
    // semimembranosus tendon. Biceps femoris short head has no tendon at the sit bone and does not count.
    double peak_tendon_strain = 0.0;
    // Degrees: the largest hip flexion among the samples where activation >= kUnderLoadActivation, i.e. how
    // deep the hip bends while the tendon pulls (hip flexion presses the tendon against the sit bone).
    double peak_hip_flexion_deg = 0.0;
    // Some sample reached kUnderLoadActivation; without that the motion loads nothing and is no exercise.
    bool loaded = false;
};

// Samples the cycle at `samples` evenly spaced times from 0 to the duration, both ends included, with the pose
// clamped to the anatomical limits as the viewer shows it.
ExerciseLoad exerciseLoad(const Animation& motion, int samples = kExerciseLoadSamples);

}  // namespace av
