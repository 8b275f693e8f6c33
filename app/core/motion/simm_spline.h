#pragma once
// OpenSim's SimmSpline: the Forsythe-Malcolm-Moler interpolating cubic spline (Forsythe, Malcolm & Moler
// 1977, "Computer Methods for Mathematical Computations", routine SPLINE). Its end conditions match the
// third derivative at each end to that of the cubic through the four end knots (not a natural spline).
// Outside the knots it extends linearly with the end slope, as OpenSim does. Gait2392's knee uses it for
// the tibia's translation as a function of the knee angle.
#include <vector>

namespace av {

class SimmSpline {
public:
    // x strictly increasing, same length as y, at least 2 knots; throws std::invalid_argument otherwise.
    SimmSpline(std::vector<double> x, std::vector<double> y);

    // Value at x (same units as the knots' y).
    double value(double x) const;
    // dy/dx at x.
    double derivative(double x) const;

private:
    // Index k of the interval [x_k, x_{k+1}] that holds x (x inside the knots).
    std::size_t interval(double x) const;

    std::vector<double> x_, y_;
    // On interval k: y = y_k + b_k*dx + c_k*dx^2 + d_k*dx^3 with dx = x - x_k.
    std::vector<double> b_, c_, d_;
};

}  // namespace av
