#include "sdf_grid.h"

namespace atlasgen {

Grid::Grid(const Box& b, double spacing) : origin_(b.lo), h_(spacing) {
    V3 ext = b.hi - b.lo;
    nx_ = int(std::ceil(ext.x() / h_)) + 1;
    ny_ = int(std::ceil(ext.y() / h_)) + 1;
    nz_ = int(std::ceil(ext.z() / h_)) + 1;
    v_.assign(size_t(nx_) * ny_ * nz_, kFar);
}

void Grid::range(const Box& b, int& i0, int& i1, int& j0, int& j1, int& k0, int& k1) const {
    auto lo = [&](double v, double o) { return int(std::floor((v - o) / h_)); };
    auto hi = [&](double v, double o) { return int(std::ceil((v - o) / h_)); };
    i0 = std::max(0, lo(b.lo.x(), origin_.x()));
    j0 = std::max(0, lo(b.lo.y(), origin_.y()));
    k0 = std::max(0, lo(b.lo.z(), origin_.z()));
    i1 = std::min(nx_ - 1, hi(b.hi.x(), origin_.x()));
    j1 = std::min(ny_ - 1, hi(b.hi.y(), origin_.y()));
    k1 = std::min(nz_ - 1, hi(b.hi.z(), origin_.z()));
}

double Grid::sample(const V3& p) const {
    V3 q = (p - origin_) / h_;
    int i = int(std::floor(q.x())), j = int(std::floor(q.y())), k = int(std::floor(q.z()));
    if (i < 0 || j < 0 || k < 0 || i + 1 >= nx_ || j + 1 >= ny_ || k + 1 >= nz_) return kFar;
    double fx = q.x() - i, fy = q.y() - j, fz = q.z() - k;
    double c00 = lerp(at(i, j, k), at(i + 1, j, k), fx);
    double c10 = lerp(at(i, j + 1, k), at(i + 1, j + 1, k), fx);
    double c01 = lerp(at(i, j, k + 1), at(i + 1, j, k + 1), fx);
    double c11 = lerp(at(i, j + 1, k + 1), at(i + 1, j + 1, k + 1), fx);
    return lerp(lerp(c00, c10, fy), lerp(c01, c11, fy), fz);
}

V3 Grid::gradient(const V3& p) const {
    double e = h_;
    V3 g(sample(p + V3(e, 0, 0)) - sample(p - V3(e, 0, 0)),
         sample(p + V3(0, e, 0)) - sample(p - V3(0, e, 0)),
         sample(p + V3(0, 0, e)) - sample(p - V3(0, 0, e)));
    double n = g.norm();
    return n > 0 ? V3(g / n) : V3(0, 0, 0);
}

void Grid::splat(const std::vector<Sphere>& spheres, Op op, double k) {
    if (spheres.empty()) return;
    const double margin = k + 3 * h_;
    Box b{spheres[0].c, spheres[0].c};
    for (const auto& s : spheres) b.add(Box::around(s.c, s.r + margin));
    int i0, i1, j0, j1, k0, k1;
    range(b, i0, i1, j0, j1, k0, k1);
    const int lx = i1 - i0 + 1, ly = j1 - j0 + 1, lz = k1 - k0 + 1;
    if (lx <= 0 || ly <= 0 || lz <= 0) return;
    std::vector<float> local(size_t(lx) * ly * lz, kFar);
    for (const auto& s : spheres) {
        int a0, a1, b0, b1, c0, c1;
        range(Box::around(s.c, s.r + margin), a0, a1, b0, b1, c0, c1);
        for (int z = c0; z <= c1; ++z)
            for (int y = b0; y <= b1; ++y)
                for (int x = a0; x <= a1; ++x) {
                    float& l = local[(size_t(z - k0) * ly + (y - j0)) * lx + (x - i0)];
                    double d = (point(x, y, z) - s.c).norm() - s.r;
                    if (d < l) l = static_cast<float>(d);
                }
    }
    for (int z = k0; z <= k1; ++z)
        for (int y = j0; y <= j1; ++y)
            for (int x = i0; x <= i1; ++x) {
                float l = local[(size_t(z - k0) * ly + (y - j0)) * lx + (x - i0)];
                if (l >= kFar) continue;
                float& a = at(x, y, z);
                a = static_cast<float>(combine(a, l, op, k));
            }
}

double sdEllipsoid(const V3& p, const V3& c, const Eigen::Matrix3d& R, const V3& r) {
    V3 q = R.transpose() * (p - c);
    V3 k0v = q.cwiseQuotient(r);
    V3 k1v = q.cwiseQuotient(r.cwiseProduct(r));
    double k0 = k0v.norm(), k1 = k1v.norm();
    if (k1 < 1e-12) return -r.minCoeff();
    return k0 * (k0 - 1.0) / k1;
}

double sdRoundBox(const V3& p, const V3& c, const Eigen::Matrix3d& R, const V3& half, double round) {
    V3 q = (R.transpose() * (p - c)).cwiseAbs() - (half.array() - round).matrix();
    V3 qm = q.cwiseMax(0.0);
    return qm.norm() + std::min(q.maxCoeff(), 0.0) - round;
}

double sdCapsule(const V3& p, const V3& a, const V3& b, double ra, double rb) {
    V3 ab = b - a;
    double t = clamp01((p - a).dot(ab) / ab.squaredNorm());
    return (p - (a + ab * t)).norm() - lerp(ra, rb, t);
}

Eigen::Matrix3d frameFrom(const V3& d, const V3& up) {
    V3 x = d.normalized();
    V3 y = up - up.dot(x) * x;
    if (y.norm() < 1e-9) y = x.unitOrthogonal();
    y.normalize();
    V3 z = x.cross(y);
    Eigen::Matrix3d R;
    R.col(0) = x;
    R.col(1) = y;
    R.col(2) = z;
    return R;
}

Box boxOf(const std::vector<V3>& pts, double pad) {
    Box b{pts[0], pts[0]};
    for (const auto& p : pts) b.add({p, p});
    return b.grown(pad);
}

std::vector<Sphere> tubeSpheres(const std::vector<V3>& ctrl,
                                const std::vector<std::pair<double, double>>& radius, double step) {
    auto dense = sampleCurve(ctrl, 40 * int(ctrl.size()));
    double L = polylineLength(dense);
    double rmin = 1e9;
    for (auto& k : radius) rmin = std::min(rmin, k.second);
    int n = std::max(2, int(std::ceil(L / std::min(step, 0.3 * rmin))) + 1);
    auto pts = resampleArc(dense, n);
    std::vector<Sphere> out;
    for (int i = 0; i < n; ++i) out.push_back({pts[i], profile(radius, double(i) / (n - 1))});
    return out;
}

}  // namespace atlasgen
