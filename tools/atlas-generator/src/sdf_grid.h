#pragma once
// A signed distance field on a regular grid (millimetres, negative inside), built by combining
// primitives with polynomial smooth-min CSG. Each primitive touches only its own bounding box plus
// a margin, which keeps generation fast.
#include "geom.h"

#include <vector>

namespace atlasgen {

enum class Op { Union, Subtract, Intersect };

inline double smin(double a, double b, double k) {
    if (k <= 0) return std::min(a, b);
    double h = std::max(k - std::abs(a - b), 0.0) / k;
    return std::min(a, b) - h * h * k * 0.25;
}
inline double smax(double a, double b, double k) { return -smin(-a, -b, k); }

struct Box {
    V3 lo, hi;
    static Box around(const V3& c, double r) { return {c.array() - r, c.array() + r}; }
    Box grown(double m) const { return {lo.array() - m, hi.array() + m}; }
    void add(const Box& b) { lo = lo.cwiseMin(b.lo); hi = hi.cwiseMax(b.hi); }
};

struct Sphere {
    V3 c;
    double r;
};

class Grid {
public:
    Grid(const Box& bounds, double spacing);
    double h() const { return h_; }
    const V3& origin() const { return origin_; }
    int nx() const { return nx_; }
    int ny() const { return ny_; }
    int nz() const { return nz_; }
    std::vector<float>& values() { return v_; }
    const std::vector<float>& values() const { return v_; }
    float& at(int i, int j, int k) { return v_[(size_t(k) * ny_ + j) * nx_ + i]; }
    float at(int i, int j, int k) const { return v_[(size_t(k) * ny_ + j) * nx_ + i]; }
    V3 point(int i, int j, int k) const { return origin_ + V3(i, j, k) * h_; }
    // Trilinear sample; far value outside the grid.
    double sample(const V3& p) const;
    V3 gradient(const V3& p) const;

    // Combines an analytic distance function over a bounding box (grown by the blend margin).
    template <class F>
    void apply(const Box& box, F&& sdf, Op op, double k) {
        int i0, i1, j0, j1, k0, k1;
        range(box.grown(k + 3 * h_), i0, i1, j0, j1, k0, k1);
        for (int z = k0; z <= k1; ++z)
            for (int y = j0; y <= j1; ++y)
                for (int x = i0; x <= i1; ++x) {
                    float& a = at(x, y, z);
                    double d = sdf(point(x, y, z));
                    a = static_cast<float>(combine(a, d, op, k));
                }
    }
    // Union of spheres (a tube along a curve, a thick plate from samples) combined as one shape.
    void splat(const std::vector<Sphere>& spheres, Op op, double k);

    static double combine(double a, double d, Op op, double k) {
        switch (op) {
            case Op::Union: return smin(a, d, k);
            case Op::Subtract: return smax(a, -d, k);
            case Op::Intersect: return smax(a, d, k);
        }
        return a;
    }
    static constexpr float kFar = 1e4f;

private:
    void range(const Box& b, int& i0, int& i1, int& j0, int& j1, int& k0, int& k1) const;
    V3 origin_;
    double h_;
    int nx_, ny_, nz_;
    std::vector<float> v_;
};

// --- analytic primitives (exact or conservative distances) ---------------------------------------
inline double sdSphere(const V3& p, const V3& c, double r) { return (p - c).norm() - r; }
// Ellipsoid with axes along the columns of R (orthonormal), radii r: a bound-corrected approximation.
double sdEllipsoid(const V3& p, const V3& c, const Eigen::Matrix3d& R, const V3& r);
double sdRoundBox(const V3& p, const V3& c, const Eigen::Matrix3d& R, const V3& half, double round);
inline double sdPlane(const V3& p, const V3& point, const V3& n) { return (p - point).dot(n); }
double sdCapsule(const V3& p, const V3& a, const V3& b, double ra, double rb);
// An orthonormal frame whose first column is along d and second as close as possible to up.
Eigen::Matrix3d frameFrom(const V3& d, const V3& up);
Box boxOf(const std::vector<V3>& pts, double pad);

// Spheres along a curve through control points, radius from a profile over arc length [0,1].
std::vector<Sphere> tubeSpheres(const std::vector<V3>& ctrl,
                                const std::vector<std::pair<double, double>>& radius, double step);

}  // namespace atlasgen
