#include "section_stack.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace atlasgen {

namespace {

V3 vec3(const nlohmann::json& j, const std::string& what, const char* key) {
    const auto& a = j.at(key);
    if (!a.is_array() || a.size() != 3) throw std::runtime_error(what + ": '" + key + "' must be [x, y, z]");
    return V3(a[0].get<double>(), a[1].get<double>(), a[2].get<double>());
}

// Cubic Hermite through (x, y) with Catmull-Rom tangents for uneven knots.
double hermite(const std::vector<double>& x, const std::vector<double>& y, double q) {
    const int n = int(x.size());
    if (n == 1) return y[0];
    q = std::min(std::max(q, x.front()), x.back());
    int j = int(std::upper_bound(x.begin(), x.end(), q) - x.begin()) - 1;
    j = std::min(std::max(j, 0), n - 2);
    auto tangent = [&](int i) {
        int a = std::max(0, i - 1), b = std::min(n - 1, i + 1);
        return (y[b] - y[a]) / (x[b] - x[a]);
    };
    const double dx = x[j + 1] - x[j], t = (q - x[j]) / dx, t2 = t * t, t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * y[j] + (t3 - 2 * t2 + t) * dx * tangent(j) + (-2 * t3 + 3 * t2) * y[j + 1] +
           (t3 - t2) * dx * tangent(j + 1);
}

// Periodic Catmull-Rom over K values at angle theta, the values blended between rows a and b (weight f
// of b); b may be null. Optionally its derivative in theta; clamped at 0 when it is a radius.
double catmullRomRadius(const double* a, const double* b, double f, int K, double theta, double* dtheta,
                        bool clampZero = true) {
    double x = theta / (2 * kPi) * K;
    x -= std::floor(x / K) * K;
    int i = std::min(int(std::floor(x)), K - 1);
    double s = x - i;
    auto at = [&](int o) {
        int k = ((i + o) % K + K) % K;
        return b ? lerp(a[k], b[k], f) : a[k];
    };
    double p0 = at(-1), p1 = at(0), p2 = at(1), p3 = at(2);
    double c2 = 2 * p0 - 5 * p1 + 4 * p2 - p3, c3 = -p0 + 3 * p1 - 3 * p2 + p3;
    if (dtheta) *dtheta = 0.5 * ((-p0 + p2) + 2 * c2 * s + 3 * c3 * s * s) * K / (2 * kPi);
    double r = 0.5 * (2 * p1 + (-p0 + p2) * s + c2 * s * s + c3 * s * s * s);
    return clampZero ? std::max(0.0, r) : r;
}

}  // namespace

SectionStack SectionStack::fromJson(const nlohmann::json& j, const std::string& what) {
    SectionStack s;
    try {
        s.origin_ = vec3(j, what, "origin");
        s.axis_ = vec3(j, what, "axis").normalized();
        V3 ref = vec3(j, what, "reference");
        s.e1_ = (ref - ref.dot(s.axis_) * s.axis_).normalized();
        s.e2_ = s.axis_.cross(s.e1_);
        s.heights_ = j.at("heights").get<std::vector<double>>();
        s.radii_ = j.at("radii").get<std::vector<std::vector<double>>>();
        for (const auto& c : j.at("centres")) s.centres_.push_back({c.at(0).get<double>(), c.at(1).get<double>()});
        if (j.contains("keep_planes"))
            for (const auto& k : j.at("keep_planes"))
                s.keepPlanes_.push_back({vec3(k, what, "point"), vec3(k, what, "normal").normalized()});
        if (j.contains("keep_ball")) {
            s.ballCentre_ = vec3(j.at("keep_ball"), what, "centre");
            s.ballRadius_ = j.at("keep_ball").at("radius").get<double>();
        }
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(what + ": " + e.what());
    }
    const size_t n = s.heights_.size();
    if (n < 2 || s.centres_.size() != n || s.radii_.size() != n)
        throw std::runtime_error(what + ": heights, centres and radii must list the same sections (at least 2)");
    for (size_t i = 1; i < n; ++i)
        if (!(s.heights_[i] > s.heights_[i - 1])) throw std::runtime_error(what + ": heights must increase");
    for (const auto& r : s.radii_)
        if (r.size() < 4 || r.size() != s.radii_[0].size())
            throw std::runtime_error(what + ": every section needs the same number (4 or more) of radii");
    s.tabulate();
    return s;
}

void SectionStack::tabulate() {
    const int K = int(radii_[0].size());
    std::vector<double> us, vs;
    for (auto& c : centres_) us.push_back(c[0]), vs.push_back(c[1]);
    std::vector<std::vector<double>> byAngle(K);
    for (int k = 0; k < K; ++k)
        for (auto& r : radii_) byAngle[k].push_back(r[k]);
    const int rows = int(std::ceil((heights_.back() - heights_.front()) / step_)) + 1;
    table_.resize(rows);
    for (int i = 0; i < rows; ++i) {
        double h = heights_.front() + i * step_;
        Row& row = table_[i];
        row.u = hermite(heights_, us, h);
        row.v = hermite(heights_, vs, h);
        row.r.resize(K);
        for (int k = 0; k < K; ++k) row.r[k] = std::max(0.0, hermite(heights_, byAngle[k], h));
    }
    for (int i = 0; i < rows; ++i) {
        int a = std::max(0, i - 1), b = std::min(rows - 1, i + 1);
        table_[i].drdh.resize(K);
        for (int k = 0; k < K; ++k)
            table_[i].drdh[k] = b > a ? (table_[b].r[k] - table_[a].r[k]) / ((b - a) * step_) : 0.0;
    }
}

SectionStack::Row SectionStack::rowAt(double h) const {
    double x = (std::min(std::max(h, heights_.front()), heights_.back()) - heights_.front()) / step_;
    int i = std::min(int(x), int(table_.size()) - 2);
    double f = x - i;
    const Row &a = table_[i], &b = table_[i + 1];
    Row r{lerp(a.u, b.u, f), lerp(a.v, b.v, f), a.r, a.drdh};
    for (size_t k = 0; k < r.r.size(); ++k) {
        r.r[k] = lerp(a.r[k], b.r[k], f);
        r.drdh[k] = lerp(a.drdh[k], b.drdh[k], f);
    }
    return r;
}

double SectionStack::radiusAt(const Row& row, double theta, double* dtheta) const {
    return catmullRomRadius(row.r.data(), nullptr, 0.0, int(row.r.size()), theta, dtheta);
}

double SectionStack::distance(const V3& p) const {
    const V3 q = p - origin_;
    const double h = q.dot(axis_);
    // Table rows on either side of h; everything below blends the two without building a row.
    double x = (std::min(std::max(h, heights_.front()), heights_.back()) - heights_.front()) / step_;
    const int i = std::min(int(x), int(table_.size()) - 2);
    const double f = x - i;
    const Row &a = table_[i], &b = table_[i + 1];
    const double u = q.dot(e1_) - lerp(a.u, b.u, f), v = q.dot(e2_) - lerp(a.v, b.v, f);
    const double rho = std::hypot(u, v), theta = std::atan2(v, u);
    const int K = int(a.r.size());
    double drdtheta = 0;
    const double r = catmullRomRadius(a.r.data(), b.r.data(), f, K, theta, &drdtheta);
    double drdh = catmullRomRadius(a.drdh.data(), b.drdh.data(), f, K, theta, nullptr, false);
    double slope = std::sqrt(1.0 + drdh * drdh + sq(drdtheta / std::max(rho, 1.0)));
    double radial = (rho - r) / slope;
    double axial = std::max(heights_.front() - h, h - heights_.back());
    double d = (radial <= 0 && axial <= 0) ? std::max(radial, axial)
                                          : std::hypot(std::max(radial, 0.0), std::max(axial, 0.0));
    return std::max(d, keep(p));
}

double SectionStack::keep(const V3& p) const {
    // 1 mm past each cut, so that what covers the rest of the bone overlaps the stack.
    double d = -1e30;
    for (const auto& [point, normal] : keepPlanes_) d = std::max(d, (point - p).dot(normal) - 1.0);
    if (ballRadius_ > 0) d = std::max(d, (p - ballCentre_).norm() - ballRadius_ - 1.0);
    return d;
}

V3 SectionStack::centreAt(double h) const {
    Row row = rowAt(h);
    return origin_ + axis_ * h + e1_ * row.u + e2_ * row.v;
}

V3 SectionStack::surfacePoint(double h, double theta) const {
    Row row = rowAt(h);
    double r = radiusAt(row, theta, nullptr);
    return centreAt(h) + (e1_ * std::cos(theta) + e2_ * std::sin(theta)) * r;
}

Box SectionStack::bounds() const {
    std::vector<V3> pts;
    for (size_t i = 0; i < heights_.size(); ++i) {
        V3 c = origin_ + axis_ * heights_[i] + e1_ * centres_[i][0] + e2_ * centres_[i][1];
        double rmax = *std::max_element(radii_[i].begin(), radii_[i].end());
        for (int s : {-1, 1})
            for (int t : {-1, 1}) pts.push_back(c + (e1_ * s + e2_ * t) * (rmax * 1.15 + 1.0));
    }
    return boxOf(pts, 2.0);
}

void addStack(Grid& g, const SectionStack& stack, Op op, double k) {
    g.apply(stack.bounds(), [&](const V3& p) { return stack.distance(p); }, op, k);
}

}  // namespace atlasgen
