#pragma once
// The arithmetic of echoes shared by the scanline walk and the needle's echo: decibels, the reflection at an
// interface from the impedances, and how much of a mirror-like echo comes back at an angle. Internal to the
// simulated ultrasound (core/ultrasound/bmode_image.h).
#include "core/ultrasound/acoustic_materials.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace av {

constexpr double kSoundSpeedMS = 1540;  // the scanner's assumed speed (for wavelength, not for range)

inline double fromDecibels(double db) { return std::pow(10.0, db / 10.0); }

// 10 log10(x) for x > 0 to within 0.01 dB: the exponent from the float's bits, the mantissa's logarithm
// from a short polynomial (the display needs no more, and a log per sample is a real share of the time).
inline float decibelsOf(float x) {
    std::uint32_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    const float exponent = float(int((bits >> 23) & 0xff) - 127);
    bits = (bits & 0x007fffffu) | 0x3f800000u;  // mantissa in [1, 2)
    float m;
    std::memcpy(&m, &bits, sizeof m);
    // log2(m) on [1, 2): a least-squares cubic, error below 0.0014 (0.004 dB).
    const float log2m = -2.1338866f + (3.0108510f + (-1.0295584f + 0.15392465f * m) * m) * m;
    return 3.0103f * (exponent + log2m);
}

inline double reflection(const AcousticMaterial& a, const AcousticMaterial& b) {
    const double za = a.impedanceMRayl(), zb = b.impedanceMRayl();
    const double r = (za - zb) / (za + zb);
    return r * r;
}

// Share of a mirror-like echo that comes back: a diffuse part (Lambert) and a specular lobe of the
// material's width. cosine: between the beam and the surface normal.
inline double angleFactor(const AcousticMaterial& material, double cosine) {
    cosine = std::clamp(std::abs(cosine), 0.0, 1.0);
    const double angleDeg = std::acos(cosine) * 180.0 / M_PI;
    const double lobe = angleDeg / material.specularLobeDeg;
    return (1 - material.specularFraction) * cosine + material.specularFraction * std::exp(-lobe * lobe);
}

}  // namespace av
