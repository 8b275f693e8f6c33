#include "sweep.h"

#include "polygonise.h"

namespace atlasgen {

std::vector<V3> sweepCentreline(const SweepSpec& spec) {
    auto dense = sampleCurve(spec.ctrl, 60 * int(spec.ctrl.size()));
    return resampleArc(dense, spec.rings);
}

namespace {
struct Ring {
    V3 c, t, w, v;
    double a, b;
};
std::vector<Ring> rings(const SweepSpec& spec) {
    auto c = sweepCentreline(spec);
    const int N = int(c.size());
    std::vector<Ring> out;
    for (int i = 0; i < N; ++i) {
        double s = double(i) / (N - 1);
        V3 t = (c[std::min(N - 1, i + 1)] - c[std::max(0, i - 1)]).normalized();
        V3 hint = spec.wideHint ? spec.wideHint(s) : V3(0, 0, 1);
        V3 w = (hint - hint.dot(t) * t).normalized();
        V3 centre = c[i] + (spec.shift ? spec.shift(s) : V3::Zero());
        out.push_back({centre, t, w, t.cross(w), spec.wide(s), spec.thin(s)});
    }
    return out;
}
}  // namespace

int pushOutOfSweep(av::Mesh& m, const SweepSpec& other, double margin) {
    auto R = rings(other);
    int moved = 0;
    for (auto& q : m.positions) {
        V3 p(q[0], q[1], q[2]);
        // Nearest ring whose plane the point lies close to.
        int best = -1;
        double bd = 1e30;
        for (int i = 0; i < int(R.size()); ++i) {
            double d = (p - R[i].c).squaredNorm();
            if (d < bd) bd = d, best = i;
        }
        if (best <= 0 || best >= int(R.size()) - 1) continue;
        const Ring& r = R[best];
        V3 d = p - r.c;
        V3 inPlane = d - d.dot(r.t) * r.t;
        double x = inPlane.dot(r.w), y = inPlane.dot(r.v);
        double a = r.a + margin, b = r.b + margin;
        double e = std::sqrt(x * x / (a * a) + y * y / (b * b));
        if (e >= 1.0 || e < 1e-6) continue;
        p = r.c + d.dot(r.t) * r.t + inPlane / e;
        q = {float(p.x()), float(p.y()), float(p.z())};
        ++moved;
    }
    return moved;
}

av::Mesh sweep(const SweepSpec& spec) {
    auto c = sweepCentreline(spec);
    const int N = int(c.size()), M = spec.around;
    av::Mesh m;
    for (int i = 0; i < N; ++i) {
        double s = double(i) / (N - 1);
        V3 t = (c[std::min(N - 1, i + 1)] - c[std::max(0, i - 1)]).normalized();
        V3 hint = spec.wideHint ? spec.wideHint(s) : V3(0, 0, 1);
        V3 w = (hint - hint.dot(t) * t).normalized();
        V3 v = t.cross(w);
        V3 centre = c[i] + (spec.shift ? spec.shift(s) : V3::Zero());
        double a = spec.wide(s), b = spec.thin(s);
        for (int j = 0; j < M; ++j) {
            double th = 2 * kPi * j / M;
            double f = spec.lobe ? spec.lobe(s, th) : 1.0;
            V3 p = centre + (w * (a * std::cos(th)) + v * (b * std::sin(th))) * f;
            m.positions.push_back({float(p.x()), float(p.y()), float(p.z())});
        }
    }
    auto idx = [M](int i, int j) { return std::uint32_t(i * M + (j % M)); };
    for (int i = 0; i + 1 < N; ++i)
        for (int j = 0; j < M; ++j) {
            m.triangles.push_back({idx(i, j), idx(i + 1, j), idx(i + 1, j + 1)});
            m.triangles.push_back({idx(i, j), idx(i + 1, j + 1), idx(i, j + 1)});
        }
    // Caps.
    for (int end = 0; end < 2; ++end) {
        int i = end == 0 ? 0 : N - 1;
        V3 cc = V3::Zero();
        for (int j = 0; j < M; ++j) {
            auto& p = m.positions[idx(i, j)];
            cc += V3(p[0], p[1], p[2]);
        }
        cc /= M;
        std::uint32_t ci = std::uint32_t(m.positions.size());
        m.positions.push_back({float(cc.x()), float(cc.y()), float(cc.z())});
        for (int j = 0; j < M; ++j) {
            if (end == 0) m.triangles.push_back({ci, idx(i, j), idx(i, j + 1)});
            else m.triangles.push_back({ci, idx(i, j + 1), idx(i, j)});
        }
    }
    finishMesh(m);
    return m;
}

}  // namespace atlasgen
