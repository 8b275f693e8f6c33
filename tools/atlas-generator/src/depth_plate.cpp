#include "depth_plate.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace atlasgen {

namespace {

// The thinnest a plate gets (half thickness, mm): the thinnest bone (the acetabular fossa, the middle of
// the iliac fossa) is about 2-3 mm, and a sheet thinner than about two grid cells breaks the surface.
constexpr double kMinHalf = 1.4;

V3 vec3(const nlohmann::json& j, const std::string& what, const char* key) {
    const auto& a = j.at(key);
    if (!a.is_array() || a.size() != 3) throw std::runtime_error(what + ": '" + key + "' must be [x, y, z]");
    return V3(a[0].get<double>(), a[1].get<double>(), a[2].get<double>());
}

double catmullRom(double p0, double p1, double p2, double p3, double s) {
    return 0.5 * (2 * p1 + (-p0 + p2) * s + (2 * p0 - 5 * p1 + 4 * p2 - p3) * s * s +
                  (-p0 + 3 * p1 - 3 * p2 + p3) * s * s * s);
}

// A closed centripetal Catmull-Rom curve through the points (no overshoot where the points, corners kept
// by simplification, are unevenly spaced), as a dense polyline of `perSpan` points per span.
std::vector<std::array<double, 2>> closedCurve(const std::vector<std::array<double, 2>>& c, int perSpan) {
    const int n = int(c.size());
    auto pt = [&](int i) { return Eigen::Vector2d(c[(i % n + n) % n][0], c[(i % n + n) % n][1]); };
    std::vector<std::array<double, 2>> out;
    for (int i = 0; i < n; ++i) {
        const Eigen::Vector2d P0 = pt(i - 1), P1 = pt(i), P2 = pt(i + 1), P3 = pt(i + 2);
        const double t0 = 0, t1 = t0 + std::sqrt((P1 - P0).norm()) + 1e-6, t2 = t1 + std::sqrt((P2 - P1).norm()) + 1e-6,
                     t3 = t2 + std::sqrt((P3 - P2).norm()) + 1e-6;
        for (int s = 0; s < perSpan; ++s) {
            const double t = t1 + (t2 - t1) * s / perSpan;
            Eigen::Vector2d A1 = ((t1 - t) * P0 + (t - t0) * P1) / (t1 - t0);
            Eigen::Vector2d A2 = ((t2 - t) * P1 + (t - t1) * P2) / (t2 - t1);
            Eigen::Vector2d A3 = ((t3 - t) * P2 + (t - t2) * P3) / (t3 - t2);
            Eigen::Vector2d B1 = ((t2 - t) * A1 + (t - t0) * A2) / (t2 - t0);
            Eigen::Vector2d B2 = ((t3 - t) * A2 + (t - t1) * A3) / (t3 - t1);
            Eigen::Vector2d C = ((t2 - t) * B1 + (t - t1) * B2) / (t2 - t1);
            out.push_back({C.x(), C.y()});
        }
    }
    return out;
}

}  // namespace

DepthPlate DepthPlate::fromJson(const nlohmann::json& j, const std::string& what) {
    DepthPlate p;
    try {
        p.origin_ = vec3(j, what, "origin");
        p.n_ = vec3(j, what, "normal").normalized();
        V3 ref = vec3(j, what, "reference");
        p.e1_ = (ref - ref.dot(p.n_) * p.n_).normalized();
        p.e2_ = p.n_.cross(p.e1_);
        const auto& g = j.at("grid");
        p.a0_ = g.at("a0").get<double>();
        p.b0_ = g.at("b0").get<double>();
        p.step_ = g.at("step").get<double>();
        const auto& mid = g.at("mid");
        const auto& half = g.at("half");
        p.nb_ = int(mid.size());
        p.na_ = p.nb_ ? int(mid.at(0).size()) : 0;
        if (p.na_ < 4 || p.nb_ < 4 || int(half.size()) != p.nb_)
            throw std::runtime_error(what + ": the grid needs 4 x 4 nodes or more, mid and half alike");
        p.mid_.assign(size_t(p.na_) * p.nb_, std::nan(""));
        p.half_ = p.mid_;
        for (int r = 0; r < p.nb_; ++r) {
            if (int(mid.at(r).size()) != p.na_ || int(half.at(r).size()) != p.na_)
                throw std::runtime_error(what + ": grid row " + std::to_string(r) + " has the wrong length");
            for (int c = 0; c < p.na_; ++c) {
                if (mid[r][c].is_null() != half[r][c].is_null())
                    throw std::runtime_error(what + ": mid and half disagree on which nodes are inside");
                if (mid[r][c].is_null()) continue;
                p.mid_[size_t(r) * p.na_ + c] = mid[r][c].get<double>();
                p.half_[size_t(r) * p.na_ + c] = half[r][c].get<double>();
            }
        }
        auto curve = [&](const nlohmann::json& c) {
            std::vector<std::array<double, 2>> pts;
            for (const auto& q : c) pts.push_back({q.at(0).get<double>(), q.at(1).get<double>()});
            if (pts.size() < 4) throw std::runtime_error(what + ": a curve needs 4 points or more");
            return pts;
        };
        p.curves_.push_back(curve(j.at("outline")));
        if (j.contains("holes"))
            for (const auto& h : j.at("holes")) p.curves_.push_back(curve(h));
        p.edgeRound_ = j.value("edge_round", 2.0);
        if (j.contains("keep_planes"))
            for (const auto& k : j.at("keep_planes"))
                p.keepPlanes_.push_back({vec3(k, what, "point"), vec3(k, what, "normal").normalized()});
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(what + ": " + e.what());
    }
    p.fillOutside();
    p.rasteriseOutline();
    return p;
}

void DepthPlate::fillOutside() {
    // Nodes outside the bone take the mean of their filled neighbours, ring by ring outwards, so the
    // patches next to the outline continue the bone smoothly (deterministic: each pass reads the last).
    for (auto* f : {&mid_, &half_}) {
        bool any = true;
        while (any) {
            any = false;
            std::vector<double> next = *f;
            for (int r = 0; r < nb_; ++r)
                for (int c = 0; c < na_; ++c) {
                    if (!std::isnan((*f)[size_t(r) * na_ + c])) continue;
                    double s = 0;
                    int n = 0;
                    for (auto [dr, dc] : {std::pair{-1, 0}, {1, 0}, {0, -1}, {0, 1}}) {
                        int rr = r + dr, cc = c + dc;
                        if (rr < 0 || cc < 0 || rr >= nb_ || cc >= na_) continue;
                        double v = (*f)[size_t(rr) * na_ + cc];
                        if (!std::isnan(v)) s += v, ++n;
                    }
                    if (n) next[size_t(r) * na_ + c] = s / n, any = true;
                }
            *f = std::move(next);
        }
        for (double v : *f)
            if (std::isnan(v)) throw std::runtime_error("depth plate: no node inside the bone");
    }
}

void DepthPlate::rasteriseOutline() {
    std::vector<std::vector<std::array<double, 2>>> dense;
    for (const auto& c : curves_) dense.push_back(closedCurve(c, 12));
    ra0_ = a0_;
    rb0_ = b0_;
    rna_ = int((na_ - 1) * step_ / rstep_) + 1;
    rnb_ = int((nb_ - 1) * step_ / rstep_) + 1;
    outline_.assign(size_t(rna_) * rnb_, 0.f);
    for (int j = 0; j < rnb_; ++j)
        for (int i = 0; i < rna_; ++i) {
            const double a = ra0_ + i * rstep_, b = rb0_ + j * rstep_;
            double best = 1e30;
            int crossings = 0;
            for (const auto& poly : dense)
                for (size_t k = 0; k < poly.size(); ++k) {
                    const auto& p = poly[k];
                    const auto& q = poly[(k + 1) % poly.size()];
                    double dx = q[0] - p[0], dy = q[1] - p[1];
                    double t = clamp01(((a - p[0]) * dx + (b - p[1]) * dy) / std::max(dx * dx + dy * dy, 1e-12));
                    best = std::min(best, sq(a - p[0] - t * dx) + sq(b - p[1] - t * dy));
                    if ((p[1] > b) != (q[1] > b) && a < p[0] + (b - p[1]) * dx / dy) ++crossings;
                }
            // Even-odd: inside the outline and outside every hole.
            outline_[size_t(j) * rna_ + i] = float(crossings % 2 ? -std::sqrt(best) : std::sqrt(best));
        }
}

double DepthPlate::outlineDistance(double a, double b) const {
    double x = (a - ra0_) / rstep_, y = (b - rb0_) / rstep_;
    double cx = std::min(std::max(x, 0.0), rna_ - 1.001), cy = std::min(std::max(y, 0.0), rnb_ - 1.001);
    int i = int(cx), j = int(cy);
    double fx = cx - i, fy = cy - j;
    auto at = [&](int ii, int jj) { return double(outline_[size_t(jj) * rna_ + ii]); };
    double d = lerp(lerp(at(i, j), at(i + 1, j), fx), lerp(at(i, j + 1), at(i + 1, j + 1), fx), fy);
    return d + std::hypot(x - cx, y - cy) * rstep_;  // beyond the raster: farther out
}

double DepthPlate::field(const std::vector<double>& f, double a, double b) const {
    double x = std::min(std::max((a - a0_) / step_, 0.0), na_ - 1.0);
    double y = std::min(std::max((b - b0_) / step_, 0.0), nb_ - 1.0);
    int i = std::min(int(x), na_ - 2), j = std::min(int(y), nb_ - 2);
    double fx = x - i, fy = y - j;
    auto at = [&](int ii, int jj) {
        ii = std::min(std::max(ii, 0), na_ - 1);
        jj = std::min(std::max(jj, 0), nb_ - 1);
        return f[size_t(jj) * na_ + ii];
    };
    double rows[4];
    for (int dj = -1; dj <= 2; ++dj)
        rows[dj + 1] = catmullRom(at(i - 1, j + dj), at(i, j + dj), at(i + 1, j + dj), at(i + 2, j + dj), fx);
    return catmullRom(rows[0], rows[1], rows[2], rows[3], fy);
}

V3 DepthPlate::midPoint(double a, double b) const {
    return origin_ + e1_ * a + e2_ * b + n_ * field(mid_, a, b);
}

double DepthPlate::halfThickness(double a, double b) const { return std::max(kMinHalf, field(half_, a, b)); }

double DepthPlate::distance(const V3& p) const {
    const V3 q = p - origin_;
    const double a = q.dot(e1_), b = q.dot(e2_), t = q.dot(n_);
    // Front and back surfaces, each distance scaled by its own slope.
    auto surfaces = [&](double aa, double bb, double& lo, double& hi) {
        double m = field(mid_, aa, bb), h = std::max(kMinHalf, field(half_, aa, bb));
        lo = m - h;
        hi = m + h;
    };
    double lo, hi, loA, hiA, loB, hiB;
    const double e = 0.5;
    surfaces(a, b, lo, hi);
    surfaces(a + e, b, loA, hiA);
    surfaces(a, b + e, loB, hiB);
    double sLo = std::sqrt(1 + sq((loA - lo) / e) + sq((loB - lo) / e));
    double sHi = std::sqrt(1 + sq((hiA - hi) / e) + sq((hiB - hi) / e));
    double across = std::max((lo - t) / sLo, (t - hi) / sHi);
    double edge = outlineDistance(a, b);
    // Rounded intersection of the slab and the outline's prism.
    const double r = edgeRound_;
    double x = across + r, y = edge + r;
    double d = std::hypot(std::max(x, 0.0), std::max(y, 0.0)) + std::min(std::max(x, y), 0.0) - r;
    for (const auto& [point, normal] : keepPlanes_) d = std::max(d, (point - p).dot(normal));
    return d;
}

Box DepthPlate::bounds() const {
    std::vector<V3> pts;
    for (int j = 0; j < nb_; ++j)
        for (int i = 0; i < na_; ++i) {
            double a = a0_ + i * step_, b = b0_ + j * step_;
            if (outlineDistance(a, b) > step_) continue;
            double m = mid_[size_t(j) * na_ + i], h = std::max(0.0, half_[size_t(j) * na_ + i]);
            for (double s : {-1.0, 1.0}) pts.push_back(origin_ + e1_ * a + e2_ * b + n_ * (m + s * (h + 2)));
        }
    return boxOf(pts, step_);
}

void addPlate(Grid& g, const DepthPlate& plate, Op op, double k) {
    g.apply(plate.bounds(), [&](const V3& p) { return plate.distance(p); }, op, k);
}

}  // namespace atlasgen
