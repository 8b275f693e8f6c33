#pragma once
// Small geometry helpers shared by the generator: vectors (millimetres while building), curves.
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <vector>

namespace atlasgen {

using V3 = Eigen::Vector3d;
constexpr double kPi = 3.14159265358979323846;

inline double clamp01(double t) { return std::min(1.0, std::max(0.0, t)); }
inline double smoothstep(double a, double b, double x) {
    double t = clamp01((x - a) / (b - a));
    return t * t * (3 - 2 * t);
}
inline double sq(double x) { return x * x; }
inline double lerp(double a, double b, double t) { return a + (b - a) * t; }

// Centripetal-free, uniform Catmull-Rom curve through control points (end points duplicated).
V3 catmullRom(const std::vector<V3>& pts, double t);
// Samples n points (n >= 2) along the curve, evenly in parameter.
std::vector<V3> sampleCurve(const std::vector<V3>& pts, int n);
// Resamples a polyline to n points evenly spaced in arc length.
std::vector<V3> resampleArc(const std::vector<V3>& poly, int n);
double polylineLength(const std::vector<V3>& poly);
// Piecewise-linear profile: value at t in [0,1] from (t, value) knots, smoothstepped between knots.
double profile(const std::vector<std::pair<double, double>>& knots, double t);

}  // namespace atlasgen
