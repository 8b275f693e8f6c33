#include "core/motion/strain_map.h"

#include "core/motion/equilibrium.h"
#include "core/motion/muscle_paths.h"

#include <algorithm>

namespace av {
namespace {

std::vector<double> evenly(double first, double last, std::size_t count) {
    count = std::max<std::size_t>(count, 2);
    std::vector<double> values(count);
    for (std::size_t i = 0; i < count; ++i)
        values[i] = first + (last - first) * static_cast<double>(i) / static_cast<double>(count - 1);
    return values;
}

}  // namespace

StrainMap tendonStrainMap(const gait2392::MuscleDefinition& muscle, double activation, std::size_t hip_samples,
                          std::size_t knee_samples) {
    StrainMap map;
    map.hip_flexion_deg = evenly(-30.0, 120.0, hip_samples);
    map.knee_flexion_deg = evenly(0.0, 120.0, knee_samples);
    map.tendon_strain.reserve(map.hip_flexion_deg.size() * map.knee_flexion_deg.size());
    for (double knee : map.knee_flexion_deg) {
        for (double hip : map.hip_flexion_deg) {
            const Pose pose{hip, 0.0, 0.0, knee};
            map.tendon_strain.push_back(solveFiberEquilibrium(muscle, mtuLength(muscle, pose), activation).tendon_strain);
        }
    }
    return map;
}

}  // namespace av
