#include "sweep.h"

#include "polygonise.h"

namespace atlasgen {

std::vector<V3> sweepCentreline(const SweepSpec& spec) {
    auto dense = sampleCurve(spec.ctrl, 60 * int(spec.ctrl.size()));
    return resampleArc(dense, spec.rings);
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
            if (end == 0) m.triangles.push_back({ci, idx(i, j + 1), idx(i, j)});
            else m.triangles.push_back({ci, idx(i, j), idx(i, j + 1)});
        }
    }
    finishMesh(m);
    return m;
}

}  // namespace atlasgen
