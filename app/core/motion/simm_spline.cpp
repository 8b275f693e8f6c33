#include "core/motion/simm_spline.h"

#include <algorithm>
#include <stdexcept>

namespace av {

SimmSpline::SimmSpline(std::vector<double> x, std::vector<double> y) : x_(std::move(x)), y_(std::move(y)) {
    const std::size_t n = x_.size();
    if (n < 2 || y_.size() != n) throw std::invalid_argument("SimmSpline needs at least 2 knots and as many y as x");
    for (std::size_t i = 1; i < n; ++i)
        if (!(x_[i] > x_[i - 1])) throw std::invalid_argument("SimmSpline knots must be strictly increasing");
    b_.assign(n, 0.0);
    c_.assign(n, 0.0);
    d_.assign(n, 0.0);
    if (n == 2) {
        b_[0] = b_[1] = (y_[1] - y_[0]) / (x_[1] - x_[0]);
        return;
    }
    // Tridiagonal system for the spline's second-derivative terms: b = diagonal, d = off-diagonal (the
    // interval widths), c = right-hand side (differences of divided differences).
    const std::size_t last = n - 1;
    d_[0] = x_[1] - x_[0];
    c_[1] = (y_[1] - y_[0]) / d_[0];
    for (std::size_t i = 1; i < last; ++i) {
        d_[i] = x_[i + 1] - x_[i];
        b_[i] = 2.0 * (d_[i - 1] + d_[i]);
        c_[i + 1] = (y_[i + 1] - y_[i]) / d_[i];
        c_[i] = c_[i + 1] - c_[i];
    }
    // End conditions: the third derivative at each end equals that of the cubic through the four end
    // knots (third divided differences). With only three knots that cubic does not exist: zero instead.
    b_[0] = -d_[0];
    b_[last] = -d_[last - 1];
    c_[0] = 0.0;
    c_[last] = 0.0;
    if (n > 3) {
        c_[0] = c_[2] / (x_[3] - x_[1]) - c_[1] / (x_[2] - x_[0]);
        c_[last] = c_[last - 1] / (x_[last] - x_[n - 3]) - c_[n - 3] / (x_[last - 1] - x_[n - 4]);
        c_[0] = c_[0] * d_[0] * d_[0] / (x_[3] - x_[0]);
        c_[last] = -c_[last] * d_[last - 1] * d_[last - 1] / (x_[last] - x_[n - 4]);
    }
    for (std::size_t i = 1; i < n; ++i) {  // forward elimination
        const double t = d_[i - 1] / b_[i - 1];
        b_[i] -= t * d_[i - 1];
        c_[i] -= t * c_[i - 1];
    }
    c_[last] /= b_[last];  // back substitution
    for (std::size_t i = last; i-- > 0;) c_[i] = (c_[i] - d_[i] * c_[i + 1]) / b_[i];
    // Polynomial coefficients per interval.
    b_[last] = (y_[last] - y_[last - 1]) / d_[last - 1] + d_[last - 1] * (c_[last - 1] + 2.0 * c_[last]);
    for (std::size_t i = 0; i < last; ++i) {
        b_[i] = (y_[i + 1] - y_[i]) / d_[i] - d_[i] * (c_[i + 1] + 2.0 * c_[i]);
        d_[i] = (c_[i + 1] - c_[i]) / d_[i];
        c_[i] *= 3.0;
    }
    c_[last] *= 3.0;
    d_[last] = d_[last - 1];
}

std::size_t SimmSpline::interval(double x) const {
    // upper_bound gives the first knot above x; the interval starts one before it.
    const auto it = std::upper_bound(x_.begin(), x_.end(), x);
    const std::size_t k = static_cast<std::size_t>(it - x_.begin());
    return std::min(k == 0 ? 0 : k - 1, x_.size() - 2);
}

double SimmSpline::value(double x) const {
    if (x <= x_.front()) return y_.front() + (x - x_.front()) * b_.front();
    if (x >= x_.back()) return y_.back() + (x - x_.back()) * b_.back();
    const std::size_t k = interval(x);
    const double dx = x - x_[k];
    return y_[k] + dx * (b_[k] + dx * (c_[k] + dx * d_[k]));
}

double SimmSpline::derivative(double x) const {
    if (x <= x_.front()) return b_.front();
    if (x >= x_.back()) return b_.back();
    const std::size_t k = interval(x);
    const double dx = x - x_[k];
    return b_[k] + dx * (2.0 * c_[k] + 3.0 * dx * d_[k]);
}

}  // namespace av
