#pragma once
// What strain each structure shows and in which colour: the hamstring bellies and distal tendons show
// their unit's tendon strain; the proximal tendon's conjoint part the larger of biceps femoris long head
// and semitendinosus, its semimembranosus part that of semimembranosus.
#include "core/atlas/atlas.h"
#include "core/motion/muscle_state.h"

#include <array>
#include <optional>
#include <vector>

namespace av {

// The top of the colour scale: tendon strains of about 8-12% tear tendons (shared/data/hamstring-model.md).
inline constexpr double kStrainScaleMax = 0.10;

// Per structure index: the tendon strain (fraction) it shows, or nothing.
std::vector<std::optional<double>> structureStrains(const Atlas& atlas, const std::vector<MuscleState>& states);

// Viridis (perceptually uniform, readable with the common colour-vision deficiencies and in grey) from
// 0 at strain 0 to 1 at kStrainScaleMax; sRGB 0..1.
std::array<float, 3> strainColor(double strain);

}  // namespace av
