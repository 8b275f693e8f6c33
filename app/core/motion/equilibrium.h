#pragma once
// Static (zero-velocity) equilibrium of a Thelen 2003 Hill-type muscle-tendon unit: the fibre length at
// which the tendon force equals the fibre force projected on the tendon.
#include "core/motion/gait2392.h"

namespace av {

struct FiberEquilibrium {
    double fiber_length_m = 0.0;      // along the fibres
    double tendon_length_m = 0.0;
    double tendon_strain = 0.0;       // (l_T - l_ts)/l_ts, fraction; 0 when the tendon is slack
    double tendon_force_norm = 0.0;   // tendon force / maximum isometric force
    double pennation_rad = 0.0;
    double force_residual_norm = 0.0; // |tendon force - fibre force along the tendon| / maximum isometric force
    bool tendon_slack = false;        // the path is too short to stretch the tendon (zero tendon force)
};

// Solves F_T(l_T) = (a*f_L(l_M) + f_PE(l_M))*cos(alpha) with L = l_T + l_M*cos(alpha) and a constant-thickness
// pennation l_M*sin(alpha) = l_opt*sin(alpha_opt). mtu_length_m in metres, activation in 0..1 (clamped).
// Bisection on the fibre length between a shortest fibre (1% of l_opt, or where the pennation reaches
// acos(0.1) = 84.3°, OpenSim's default maximum) and the length at which the tendon goes slack. The force
// difference is positive at the first and not positive at the second, so a root is always bracketed and the
// bisection always converges (to 1e-13 m). With zero activation and a path too short to stretch the fibres
// past l_opt, the tendon is slack: strain 0, fibre at the length that takes up the rest of the path.
FiberEquilibrium solveFiberEquilibrium(const gait2392::MuscleDefinition& muscle, double mtu_length_m,
                                       double activation);

}  // namespace av
