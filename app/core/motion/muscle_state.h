#pragma once
// The state of each hamstring muscle-tendon unit at a pose and activation: lengths, tendon strain,
// moment arms. Lengths in metres, strains as fractions, atlas frame.
#include "core/motion/gait2392.h"
#include "core/motion/pose.h"

#include <string>
#include <vector>

namespace av {

struct MuscleState {
    std::string id;                           // e.g. "biceps_femoris_long_head"
    double mtu_length_m = 0.0;                // origin to insertion along the path
    double fiber_length_m = 0.0;              // static equilibrium fibre length
    double tendon_length_m = 0.0;             // all tendon (proximal + distal) in series
    double tendon_strain = 0.0;               // (l_T - l_ts)/l_ts, 0 when slack
    double hip_extension_moment_arm_m = 0.0;  // +dL/d(hip flexion, rad)
    double knee_flexion_moment_arm_m = 0.0;   // -dL/d(knee flexion, rad)
    double tendon_force_norm = 0.0;           // tendon force / maximum isometric force
};

// One unit at `pose` (not clamped here: clamp first with clampPose) with activation in 0..1.
MuscleState muscleState(const gait2392::MuscleDefinition& muscle, const Pose& pose, double activation);

// The four hamstrings in gait2392::hamstrings() order, all at the same activation.
std::vector<MuscleState> muscleStates(const Pose& pose, double activation);

// Strain of the proximal tendon parts, fractions. The conjoint tendon (semitendinosus + biceps femoris long
// head) shows the larger of its two units' strains: its fibres come from both muscles, and the viewer's
// colour shows the worst case. The semimembranosus tendon shows semimembranosus's own strain.
struct ProximalTendonStrain {
    double conjoint = 0.0;
    double semimembranosus = 0.0;
};
// From states that include semimembranosus, semitendinosus and biceps_femoris_long_head (others ignored).
ProximalTendonStrain proximalTendonStrain(const std::vector<MuscleState>& states);

}  // namespace av
