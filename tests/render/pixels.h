#pragma once
// Semantic pixel checks: which pixels a structure covers, and what colour they are. Exact values depend
// on the Mesa version, so the checks compare colours by what they mean (bluish, reddish), not by value.
#include "render/offscreen_target.h"

#include <array>
#include <cstdlib>
#include <functional>
#include <vector>

namespace av::test {

using Rgb = std::array<int, 3>;

inline Rgb pixel(const Image& image, int x, int y) {
    const std::size_t i = (std::size_t(y) * image.width + x) * 3;
    return {image.rgb[i], image.rgb[i + 1], image.rgb[i + 2]};
}

// Pixels where image differs from the empty background.
inline std::vector<bool> coverage(const Image& image, const Image& background) {
    std::vector<bool> mask(std::size_t(image.width) * image.height);
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const Rgb a = pixel(image, x, y), b = pixel(background, x, y);
            mask[std::size_t(y) * image.width + x] =
                std::abs(a[0] - b[0]) + std::abs(a[1] - b[1]) + std::abs(a[2] - b[2]) > 30;
        }
    return mask;
}

inline std::size_t count(const std::vector<bool>& mask) {
    std::size_t n = 0;
    for (bool b : mask) n += b;
    return n;
}

// Fraction of the masked pixels whose colour passes the test.
inline double fractionWhere(const Image& image, const std::vector<bool>& mask, const std::function<bool(Rgb)>& test) {
    std::size_t inside = 0, passing = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            if (mask[std::size_t(y) * image.width + x]) {
                ++inside;
                passing += test(pixel(image, x, y));
            }
    return inside ? double(passing) / inside : 0.0;
}

// The highlight is a saturated sky blue.
inline bool highlightLike(Rgb c) { return c[2] > 120 && c[2] > c[0] + 60; }

// Centroid of the pixels passing the test, as fractions of the width and height (top row = 0).
inline std::array<double, 2> centroidWhere(const Image& image, const std::function<bool(Rgb)>& test) {
    double sx = 0, sy = 0, n = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            if (test(pixel(image, x, y))) {
                sx += x;
                sy += y;
                ++n;
            }
    return {n ? sx / n / image.width : -1.0, n ? sy / n / image.height : -1.0};
}

inline bool dominant(Rgb c, int channel) {
    const int other1 = c[(channel + 1) % 3], other2 = c[(channel + 2) % 3];
    return c[channel] > 60 && c[channel] > 2 * other1 + 10 && c[channel] > 2 * other2 + 10;
}

}  // namespace av::test
