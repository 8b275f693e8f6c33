#include "core/motion/equilibrium.h"

#include "core/motion/thelen_curves.h"

#include <algorithm>
#include <cmath>

namespace av {
namespace {

struct Unit {
    double l_opt, l_ts, thickness, activation;

    // Fibre length projected on the tendon line.
    double along(double l_m) const { return std::sqrt(std::max(l_m * l_m - thickness * thickness, 0.0)); }

    double fiberForce(double l_m) const {
        const double l = l_m / l_opt;
        const double f = activation * thelen::activeForceLength(l, gait2392::kShapeActive) +
                         thelen::passiveForceLength(l, gait2392::kShapePassive,
                                                    gait2392::kMuscleStrainAtMaxPassiveForce);
        return f * along(l_m) / l_m;
    }

    double tendonStrain(double mtu_length, double l_m) const { return (mtu_length - along(l_m) - l_ts) / l_ts; }

    double tendonForce(double mtu_length, double l_m) const {
        return thelen::tendonForce(tendonStrain(mtu_length, l_m), gait2392::kTendonStrainAtMaxForce);
    }
};

FiberEquilibrium result(const Unit& u, double mtu_length, double l_m, bool slack) {
    FiberEquilibrium r;
    r.fiber_length_m = l_m;
    r.tendon_length_m = mtu_length - u.along(l_m);
    r.tendon_strain = std::max(u.tendonStrain(mtu_length, l_m), 0.0);
    r.tendon_force_norm = u.tendonForce(mtu_length, l_m);
    r.pennation_rad = std::asin(std::min(u.thickness / l_m, 1.0));
    r.force_residual_norm = std::abs(r.tendon_force_norm - u.fiberForce(l_m));
    r.tendon_slack = slack;
    return r;
}

}  // namespace

FiberEquilibrium solveFiberEquilibrium(const gait2392::MuscleDefinition& muscle, double mtu_length,
                                       double activation) {
    const Unit u{muscle.optimal_fiber_length_m, muscle.tendon_slack_length_m,
                 muscle.optimal_fiber_length_m * std::sin(muscle.pennation_at_optimal_rad),
                 std::clamp(activation, 0.0, 1.0)};
    const double maxPennationSin = std::sqrt(1.0 - 0.1 * 0.1);  // sin(acos(0.1))
    const double shortest = std::max(0.01 * u.l_opt, u.thickness / maxPennationSin);

    // Path shorter than the shortest fibre plus the slack tendon: nothing can be stretched.
    if (mtu_length - u.l_ts <= u.along(shortest)) return result(u, mtu_length, shortest, true);

    // Fibre length at which the tendon is exactly at its slack length; any longer and the tendon is slack.
    const double slackFiber = std::hypot(mtu_length - u.l_ts, u.thickness);
    // Residual = tendon force - fibre force along the tendon: positive at the shortest fibre (unless the
    // fibre force wins even there), negative or zero at slackFiber (where the tendon force is zero).
    auto residual = [&](double l_m) { return u.tendonForce(mtu_length, l_m) - u.fiberForce(l_m); };
    if (u.fiberForce(slackFiber) <= 0.0) return result(u, mtu_length, slackFiber, true);
    if (residual(shortest) <= 0.0) return result(u, mtu_length, shortest, false);

    double lo = shortest, hi = slackFiber;
    while (hi - lo > 1e-13) {
        const double mid = 0.5 * (lo + hi);
        (residual(mid) > 0.0 ? lo : hi) = mid;
    }
    return result(u, mtu_length, 0.5 * (lo + hi), false);
}

}  // namespace av
