// SimmSpline (Forsythe-Malcolm-Moler cubic spline, as in OpenSim).
#include "core/motion/gait2392.h"
#include "core/motion/simm_spline.h"

#include <doctest/doctest.h>

#include <cmath>
#include <stdexcept>

using av::SimmSpline;

TEST_CASE("motion: SimmSpline reproduces its knots") {
    const SimmSpline tx(av::gait2392::kKneeTxX, av::gait2392::kKneeTxY);
    for (std::size_t i = 0; i < av::gait2392::kKneeTxX.size(); ++i)
        CHECK(tx.value(av::gait2392::kKneeTxX[i]) == doctest::Approx(av::gait2392::kKneeTxY[i]).epsilon(1e-12));
    const SimmSpline ty(av::gait2392::kKneeTyX, av::gait2392::kKneeTyY);
    for (std::size_t i = 0; i < av::gait2392::kKneeTyX.size(); ++i)
        CHECK(ty.value(av::gait2392::kKneeTyX[i]) == doctest::Approx(av::gait2392::kKneeTyY[i]).epsilon(1e-12));
}

TEST_CASE("motion: SimmSpline end conditions reproduce a cubic exactly (not a natural spline)") {
    // The FMM end conditions take the third derivative from the cubic through the four end knots, so data
    // sampled from any cubic is reproduced everywhere; a natural spline (zero curvature at the ends) is not.
    auto cubic = [](double x) { return 0.5 * x * x * x - 2.0 * x * x + x - 3.0; };
    auto slope = [](double x) { return 1.5 * x * x - 4.0 * x + 1.0; };
    const std::vector<double> x{-2.0, -1.3, -0.2, 0.5, 1.7, 2.2, 3.0};
    std::vector<double> y;
    for (double v : x) y.push_back(cubic(v));
    const SimmSpline s(x, y);
    for (double v = -2.0; v <= 3.0; v += 0.137) {
        CHECK(s.value(v) == doctest::Approx(cubic(v)).epsilon(1e-10));
        CHECK(s.derivative(v) == doctest::Approx(slope(v)).epsilon(1e-9));
    }
}

TEST_CASE("motion: SimmSpline is smooth inside and linear outside its knots") {
    const SimmSpline ty(av::gait2392::kKneeTyX, av::gait2392::kKneeTyY);
    // Slope continuous across an interior knot.
    const double k = av::gait2392::kKneeTyX[3];
    CHECK(ty.derivative(k - 1e-9) == doctest::Approx(ty.derivative(k + 1e-9)).epsilon(1e-6));
    // Linear extrapolation with the end slope, as OpenSim does.
    const double last = av::gait2392::kKneeTyX.back();
    const double slope = ty.derivative(last);
    CHECK(ty.value(last + 0.1) == doctest::Approx(av::gait2392::kKneeTyY.back() + 0.1 * slope).epsilon(1e-12));
    CHECK(ty.derivative(last + 0.1) == doctest::Approx(slope));
}

TEST_CASE("motion: SimmSpline with two knots is a straight line; bad knots are refused") {
    const SimmSpline line({0.0, 2.0}, {1.0, 5.0});
    CHECK(line.value(0.5) == doctest::Approx(2.0));
    CHECK(line.value(-1.0) == doctest::Approx(-1.0));
    CHECK_THROWS_AS(SimmSpline({0.0}, {1.0}), std::invalid_argument);
    CHECK_THROWS_AS(SimmSpline({0.0, 0.0, 1.0}, {1.0, 2.0, 3.0}), std::invalid_argument);
    CHECK_THROWS_AS(SimmSpline({0.0, 1.0}, {1.0}), std::invalid_argument);
}
