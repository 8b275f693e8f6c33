#include "geom.h"

namespace atlasgen {

V3 catmullRom(const std::vector<V3>& p, double t) {
    const int n = static_cast<int>(p.size());
    if (n == 1) return p[0];
    t = clamp01(t) * (n - 1);
    int i = std::min(static_cast<int>(std::floor(t)), n - 2);
    double s = t - i;
    const V3& p1 = p[i];
    const V3& p2 = p[i + 1];
    V3 p0 = i > 0 ? p[i - 1] : (2 * p1 - p2);
    V3 p3 = i + 2 < n ? p[i + 2] : (2 * p2 - p1);
    double s2 = s * s, s3 = s2 * s;
    return 0.5 * ((2 * p1) + (-p0 + p2) * s + (2 * p0 - 5 * p1 + 4 * p2 - p3) * s2 +
                  (-p0 + 3 * p1 - 3 * p2 + p3) * s3);
}

std::vector<V3> sampleCurve(const std::vector<V3>& pts, int n) {
    std::vector<V3> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) out.push_back(catmullRom(pts, double(i) / (n - 1)));
    return out;
}

double polylineLength(const std::vector<V3>& poly) {
    double L = 0;
    for (size_t i = 1; i < poly.size(); ++i) L += (poly[i] - poly[i - 1]).norm();
    return L;
}

std::vector<V3> resampleArc(const std::vector<V3>& poly, int n) {
    std::vector<double> acc(poly.size(), 0.0);
    for (size_t i = 1; i < poly.size(); ++i) acc[i] = acc[i - 1] + (poly[i] - poly[i - 1]).norm();
    std::vector<V3> out;
    size_t j = 0;
    for (int k = 0; k < n; ++k) {
        double s = acc.back() * k / (n - 1);
        while (j + 2 < poly.size() && acc[j + 1] < s) ++j;
        double seg = acc[j + 1] - acc[j];
        double t = seg > 0 ? clamp01((s - acc[j]) / seg) : 0;
        out.push_back(poly[j] + (poly[j + 1] - poly[j]) * t);
    }
    return out;
}

double profile(const std::vector<std::pair<double, double>>& k, double t) {
    if (t <= k.front().first) return k.front().second;
    for (size_t i = 1; i < k.size(); ++i) {
        if (t <= k[i].first) {
            double u = (t - k[i - 1].first) / (k[i].first - k[i - 1].first);
            u = u * u * (3 - 2 * u);
            return lerp(k[i - 1].second, k[i].second, u);
        }
    }
    return k.back().second;
}

}  // namespace atlasgen
