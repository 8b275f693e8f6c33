#include "simm_spline.h"

#include <stdexcept>

namespace atlasgen {

SimmSpline::SimmSpline(std::vector<double> x, std::vector<double> y) : x_(std::move(x)), y_(std::move(y)) {
    const int n = int(x_.size());
    if (n < 4 || int(y_.size()) != n) throw std::invalid_argument("SimmSpline needs >= 4 points");
    b_.assign(n, 0);
    c_.assign(n, 0);
    d_.assign(n, 0);
    auto& b = b_;
    auto& c = c_;
    auto& d = d_;
    const auto& X = x_;
    const auto& Y = y_;
    const int nm1 = n - 1;
    d[0] = X[1] - X[0];
    c[1] = (Y[1] - Y[0]) / d[0];
    for (int i = 1; i < nm1; ++i) {
        d[i] = X[i + 1] - X[i];
        b[i] = 2.0 * (d[i - 1] + d[i]);
        c[i + 1] = (Y[i + 1] - Y[i]) / d[i];
        c[i] = c[i + 1] - c[i];
    }
    b[0] = -d[0];
    b[nm1] = -d[n - 2];
    c[0] = c[2] / (X[3] - X[1]) - c[1] / (X[2] - X[0]);
    c[nm1] = c[n - 2] / (X[nm1] - X[n - 3]) - c[n - 3] / (X[n - 2] - X[n - 4]);
    c[0] = c[0] * d[0] * d[0] / (X[3] - X[0]);
    c[nm1] = -c[nm1] * d[n - 2] * d[n - 2] / (X[nm1] - X[n - 4]);
    for (int i = 1; i <= nm1; ++i) {
        double t = d[i - 1] / b[i - 1];
        b[i] -= t * d[i - 1];
        c[i] -= t * c[i - 1];
    }
    c[nm1] /= b[nm1];
    for (int j = 0; j < nm1; ++j) {
        int i = nm1 - 1 - j;
        c[i] = (c[i] - d[i] * c[i + 1]) / b[i];
    }
    b[nm1] = (Y[nm1] - Y[n - 2]) / d[n - 2] + d[n - 2] * (c[n - 2] + 2.0 * c[nm1]);
    for (int i = 0; i < nm1; ++i) {
        b[i] = (Y[i + 1] - Y[i]) / d[i] - d[i] * (c[i + 1] + 2.0 * c[i]);
        d[i] = (c[i + 1] - c[i]) / d[i];
        c[i] = 3.0 * c[i];
    }
    c[nm1] = 3.0 * c[nm1];
    d[nm1] = d[n - 2];
}

double SimmSpline::operator()(double t) const {
    const int n = int(x_.size());
    int i = 0;
    if (t <= x_[0]) i = 0;
    else if (t >= x_[n - 1]) i = n - 1;
    else
        while (i < n - 1 && !(t >= x_[i] && t < x_[i + 1])) ++i;
    double dx = t - x_[i];
    return y_[i] + dx * (b_[i] + dx * (c_[i] + dx * d_[i]));
}

}  // namespace atlasgen
