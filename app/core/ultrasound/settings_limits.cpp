#include "core/ultrasound/settings_limits.h"

#include <algorithm>
#include <cmath>

namespace av {
namespace {

double clampedOr(double value, double lo, double hi, double fallback) {
    return std::isfinite(value) ? std::clamp(value, lo, hi) : fallback;
}

}  // namespace

UltrasoundSettings clampedSettings(UltrasoundSettings settings) {
    const UltrasoundLimits& limits = kUltrasoundLimits;
    const UltrasoundSettings defaults;
    settings.depthCm = clampedOr(settings.depthCm, limits.minDepthCm, limits.maxDepthCm, defaults.depthCm);
    settings.frequencyMhz =
        clampedOr(settings.frequencyMhz, limits.minFrequencyMhz, limits.maxFrequencyMhz, defaults.frequencyMhz);
    settings.gainDb = clampedOr(settings.gainDb, -limits.maxGainDb, limits.maxGainDb, defaults.gainDb);
    settings.tgcDb.resize(std::size_t(limits.tgcSliders), 0.0);
    for (double& db : settings.tgcDb) db = clampedOr(db, -limits.maxTgcDb, limits.maxTgcDb, 0.0);
    settings.columns = std::max(16, settings.columns);
    settings.rows = std::max(16, settings.rows);
    return settings;
}

}  // namespace av
