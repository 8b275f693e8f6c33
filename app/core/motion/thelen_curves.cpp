#include "core/motion/thelen_curves.h"

#include <cmath>

namespace av::thelen {
namespace {

constexpr double kToeForce = 0.33;  // normalised force at the end of the toe region
constexpr double kToeShape = 3.0;   // exponential shape of the toe region

double toeStrain(double e0) {
    const double e = std::exp(kToeShape);
    return 99.0 * e0 * e / (166.0 * e - 67.0);
}

double linearStiffness(double e0) { return (1.0 - kToeForce) / (e0 - toeStrain(e0)); }

}  // namespace

double tendonForce(double eps, double e0) {
    if (eps <= 0.0) return 0.0;
    const double eToe = toeStrain(e0);
    if (eps <= eToe) return kToeForce / (std::exp(kToeShape) - 1.0) * (std::exp(kToeShape * eps / eToe) - 1.0);
    return linearStiffness(e0) * (eps - eToe) + kToeForce;
}

double activeForceLength(double l_norm, double k_shape) {
    const double d = l_norm - 1.0;
    return std::exp(-d * d / k_shape);
}

double passiveForceLength(double l_norm, double k_shape, double strain_at_max) {
    if (l_norm <= 1.0) return 0.0;
    return (std::exp(k_shape * (l_norm - 1.0) / strain_at_max) - 1.0) / (std::exp(k_shape) - 1.0);
}

}  // namespace av::thelen
