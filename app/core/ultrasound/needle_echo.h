#pragma once
// Where the needle crosses one scanline and how strongly it echoes there: a steel mirror, strongest square
// to the beam, fading with the distance from the slice's centre. Internal to the simulated ultrasound
// (core/ultrasound/bmode_image.h).
#include "core/instruments/instruments.h"
#include "core/ultrasound/acoustic_materials.h"

#include <Eigen/Core>

namespace av {

// Where the needle crosses one scanline, and how strongly it shows there.
struct NeedleCrossing {
    bool present = false;
    double depthMm = 0;
    double strength = 0;  // 0..1: angle of incidence and distance from the slice's centre
};

// Nothing present when the needle does not cross the line within the image, runs along the beam, or lies
// more than three half slice thicknesses out of the plane.
NeedleCrossing needleCrossing(const Needle& needle, const Eigen::Vector3d& face, const Eigen::Vector3d& direction,
                              const Eigen::Vector3d& elevation, double depthMm, double halfThicknessMm,
                              const AcousticMaterial& steel);

}  // namespace av
