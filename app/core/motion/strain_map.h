#pragma once
// Tendon strain of one muscle over a hip-flexion x knee-flexion grid (hip adduction and rotation 0).
#include "core/motion/gait2392.h"

#include <cstddef>
#include <vector>

namespace av {

struct StrainMap {
    std::vector<double> hip_flexion_deg;   // column angles, ascending
    std::vector<double> knee_flexion_deg;  // row angles, ascending
    std::vector<double> tendon_strain;     // fractions, row-major: [knee_index * columns + hip_index]

    double at(std::size_t hip_index, std::size_t knee_index) const {
        return tendon_strain[knee_index * hip_flexion_deg.size() + hip_index];
    }
};

// Evenly spaced samples over hip flexion -30..120° and knee flexion 0..120° (both ends included; at least 2
// per axis; the defaults give 10° steps) at the given activation (0..1).
StrainMap tendonStrainMap(const gait2392::MuscleDefinition& muscle, double activation,
                          std::size_t hip_samples = 16, std::size_t knee_samples = 13);

}  // namespace av
