#pragma once
// From scanline samples to image pixels: the depth-dependent gain added before display, and, for a fan, which
// samples each pixel of the image blends. Internal to the simulated ultrasound (core/ultrasound/bmode_image.h).
#include "core/ultrasound/scan_geometry.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace av {

// Decibels added at depth t (mm): the user's gain and TGC, and the scanner's nominal compensation.
class DepthGain {
public:
    DepthGain(const UltrasoundSettings& settings, double depthMm) : settings_(settings), depthMm_(depthMm) {}
    double at(double tMm) const {
        double db = settings_.gainDb + 2 * settings_.nominalAttenuationDbCmMhz * settings_.frequencyMhz * tMm / 10;
        const auto& tgc = settings_.tgcDb;
        if (tgc.size() == 1) db += tgc[0];
        if (tgc.size() >= 2) {
            const double f = std::clamp(tMm / depthMm_, 0.0, 1.0) * double(tgc.size() - 1);
            const std::size_t i = std::min(std::size_t(f), tgc.size() - 2);
            db += tgc[i] + (tgc[i + 1] - tgc[i]) * (f - double(i));
        }
        return db;
    }

private:
    const UltrasoundSettings& settings_;
    double depthMm_;
};

// Which scanline samples each pixel of a fan image comes from: worked out once for a geometry and kept
// (per thread) while the probe moves, since the fan's shape changes only with the settings.
struct ScanConversion {
    static constexpr std::uint32_t kOutside = 0xffffffffu;
    struct Pixel {
        std::uint32_t index = kOutside;  // the nearer sample: line * samples + sample
        bool nextLine = false;           // a next line exists to blend with
        std::uint8_t nextSample = 0;     // 1 when a next sample exists
        float line = 0, depth = 0;       // blend weights towards the next line and the next sample
    };
    std::array<double, 8> key{};
    std::vector<Pixel> pixels;  // row-major
};

// The table for this geometry and image size (kept per thread while they stay the same).
const ScanConversion& scanConversion(const ScanGeometry& geometry, int columns, int rows, int samples,
                                     double footprintMm, double radiusMm);

}  // namespace av
