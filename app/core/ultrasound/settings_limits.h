#pragma once
// What the scanner lets the user set: the panel's sliders span these ranges, the command line and the tours
// refuse values outside them, and the model clamps to them (docs/ultrasound.md).
#include "core/ultrasound/scan_geometry.h"

namespace av {

struct UltrasoundLimits {
    double minDepthCm = 1, maxDepthCm = 30;
    double minFrequencyMhz = 1, maxFrequencyMhz = 20;
    double maxGainDb = 40;  // gain from -max to +max
    double maxTgcDb = 30;   // each TGC slider from -max to +max
    int tgcSliders = 6;
    double minNearNerveMm = 1, maxNearNerveMm = 30;  // the needle's safety margin to the nerves
};
inline constexpr UltrasoundLimits kUltrasoundLimits{};

// The settings brought into the limits (a NaN takes the default); TGC gets kUltrasoundLimits.tgcSliders
// sliders (missing ones at 0, extra ones dropped); the image size stays as given, at least 16 x 16.
UltrasoundSettings clampedSettings(UltrasoundSettings settings);

}  // namespace av
