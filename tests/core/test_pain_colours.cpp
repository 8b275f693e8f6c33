// The pain regions' colours stay apart for the common colour-vision deficiencies: every pair of conditions,
// and each condition against the highlight, differ by a clear colour difference under normal vision and
// simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009, severity 1).
#include "core/palette.h"
#include "shipped_model.h"

#include <doctest/doctest.h>

#include <array>
#include <cmath>

namespace {

using Rgb = std::array<double, 3>;
using Matrix = std::array<std::array<double, 3>, 3>;

double linear(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

// sRGB 0..1 -> CIELAB (D65).
Rgb lab(const Rgb& srgb) {
    const Rgb l{linear(srgb[0]), linear(srgb[1]), linear(srgb[2])};
    const double x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
    const double y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    const double z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

// A deficiency simulated on linear RGB, back to sRGB.
Rgb simulate(const Matrix& m, const Rgb& srgb) {
    const Rgb l{linear(srgb[0]), linear(srgb[1]), linear(srgb[2])};
    Rgb out{};
    for (int r = 0; r < 3; ++r) {
        const double v = std::clamp(m[r][0] * l[0] + m[r][1] * l[1] + m[r][2] * l[2], 0.0, 1.0);
        out[r] = v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1 / 2.4) - 0.055;
    }
    return out;
}

double deltaE(const Rgb& a, const Rgb& b) {
    const Rgb la = lab(a), lb = lab(b);
    return std::sqrt(std::pow(la[0] - lb[0], 2) + std::pow(la[1] - lb[1], 2) + std::pow(la[2] - lb[2], 2));
}

const Matrix kNormal{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
const Matrix kProtanopia{{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
const Matrix kDeuteranopia{{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
const Matrix kTritanopia{{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};

Rgb rgb(const std::array<float, 3>& c) { return {c[0], c[1], c[2]}; }

}  // namespace

TEST_CASE("pain colours: every condition stays distinct from the others and from the highlight, whatever the colour vision") {
    const auto& mimics = av::test::shippedIdsOnly().content.mimics;
    REQUIRE(mimics.size() >= 4);
    constexpr double kClearlyDifferent = 20.0;  // CIELAB delta E: far beyond "just noticeable" (about 2)
    for (const auto* vision : {&kNormal, &kProtanopia, &kDeuteranopia, &kTritanopia}) {
        for (std::size_t a = 0; a < mimics.size(); ++a) {
            CAPTURE(mimics[a].id);
            CHECK(deltaE(simulate(*vision, rgb(mimics[a].color)), simulate(*vision, rgb(av::palette::kHighlight))) >=
                  kClearlyDifferent);
            for (std::size_t b = a + 1; b < mimics.size(); ++b) {
                CAPTURE(mimics[b].id);
                CHECK(deltaE(simulate(*vision, rgb(mimics[a].color)), simulate(*vision, rgb(mimics[b].color))) >=
                      kClearlyDifferent);
            }
        }
    }
}

TEST_CASE("pain colours: the simulation itself separates what a deficiency confuses") {
    // Red and green differ plainly with normal vision and collapse for deuteranopia: the check can fail.
    const Rgb red{0.8, 0.2, 0.1}, green{0.45, 0.55, 0.1};
    CHECK(deltaE(red, green) > 30);
    CHECK(deltaE(simulate(kDeuteranopia, red), simulate(kDeuteranopia, green)) < 20);
}
