#include "core/motion/muscle_state.h"

#include "core/motion/equilibrium.h"
#include "core/motion/muscle_paths.h"

#include <algorithm>

namespace av {

MuscleState muscleState(const gait2392::MuscleDefinition& muscle, const Pose& pose, double activation) {
    MuscleState s;
    s.id = muscle.id;
    s.mtu_length_m = mtuLength(muscle, pose);
    const FiberEquilibrium eq = solveFiberEquilibrium(muscle, s.mtu_length_m, activation);
    s.fiber_length_m = eq.fiber_length_m;
    s.tendon_length_m = eq.tendon_length_m;
    s.tendon_strain = eq.tendon_strain;
    s.tendon_force_norm = eq.tendon_force_norm;
    const MomentArms arms = momentArms(muscle, pose);
    s.hip_extension_moment_arm_m = arms.hip_extension_m;
    s.knee_flexion_moment_arm_m = arms.knee_flexion_m;
    return s;
}

std::vector<MuscleState> muscleStates(const Pose& pose, double activation) {
    std::vector<MuscleState> states;
    for (const gait2392::MuscleDefinition& m : gait2392::hamstrings())
        states.push_back(muscleState(m, pose, activation));
    return states;
}

ProximalTendonStrain proximalTendonStrain(const std::vector<MuscleState>& states) {
    ProximalTendonStrain p;
    for (const MuscleState& s : states) {
        if (s.id == "semitendinosus" || s.id == "biceps_femoris_long_head")
            p.conjoint = std::max(p.conjoint, s.tendon_strain);
        else if (s.id == "semimembranosus")
            p.semimembranosus = s.tendon_strain;
    }
    return p;
}

}  // namespace av
