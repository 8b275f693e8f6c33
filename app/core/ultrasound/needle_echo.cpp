#include "core/ultrasound/needle_echo.h"

#include "core/ultrasound/echo_physics.h"

#include <Eigen/Geometry>

namespace av {

NeedleCrossing needleCrossing(const Needle& needle, const Eigen::Vector3d& face, const Eigen::Vector3d& direction,
                              const Eigen::Vector3d& elevation, double depthMm, double halfThicknessMm,
                              const AcousticMaterial& steel) {
    NeedleCrossing out;
    const Eigen::Vector3d across = direction.cross(elevation).normalized();  // in the plane, across this line
    const double xa = (needle.entry - face).dot(across), xb = (needle.tip - face).dot(across);
    // A needle along the beam sends its echo away from the probe: nothing to draw.
    if ((xa > 0) == (xb > 0) || std::abs(xa - xb) < 1e-9) return out;
    const double s = xa / (xa - xb);
    const Eigen::Vector3d at = needle.entry + s * (needle.tip - needle.entry);
    const double depth = (at - face).dot(direction) * 1e3;
    const double offPlane = (at - face).dot(elevation) * 1e3;
    if (depth < 0 || depth > depthMm || std::abs(offPlane) > 3 * halfThicknessMm) return out;
    const Eigen::Vector3d shaft = (needle.tip - needle.entry).normalized();
    // Mirror-like: strongest when the shaft is perpendicular to the beam.
    const double sine = std::clamp(std::abs(shaft.dot(direction)), 0.0, 1.0);
    out.present = true;
    out.depthMm = depth;
    out.strength = angleFactor(steel, std::sqrt(1 - sine * sine)) *
                   std::exp(-(offPlane * offPlane) / (halfThicknessMm * halfThicknessMm));
    return out;
}

}  // namespace av
