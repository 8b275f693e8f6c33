#include "core/rehab/exercise_load.h"

#include "core/motion/muscle_state.h"

#include <algorithm>

namespace av {

ExerciseLoad exerciseLoad(const Animation& motion, int samples) {
    samples = std::max(samples, 2);
    ExerciseLoad load;
    for (int i = 0; i < samples; ++i) {
        const AnimationSample sample = motion.sample(motion.durationSeconds() * i / (samples - 1));
        const Pose pose = clampPose(sample.pose).pose;
        const ProximalTendonStrain strain = proximalTendonStrain(muscleStates(pose, sample.activation));
        load.peak_tendon_strain = std::max({load.peak_tendon_strain, strain.conjoint, strain.semimembranosus});
        if (sample.activation >= kUnderLoadActivation) {
            load.peak_hip_flexion_deg =
                load.loaded ? std::max(load.peak_hip_flexion_deg, pose.hip_flexion_deg) : pose.hip_flexion_deg;
            load.loaded = true;
        }
    }
    return load;
}

}  // namespace av
