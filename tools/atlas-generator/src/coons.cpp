#include "coons.h"

namespace atlasgen {

V3 CoonsPatch::at(double u, double v) const {
    V3 P00 = c0.front(), P10 = c0.back(), P01 = c1.front(), P11 = c1.back();
    return (1 - v) * catmullRom(c0, u) + v * catmullRom(c1, u) + (1 - u) * catmullRom(d0, v) +
           u * catmullRom(d1, v) -
           ((1 - u) * (1 - v) * P00 + u * (1 - v) * P10 + (1 - u) * v * P01 + u * v * P11);
}

V3 CoonsPatch::normal(double u, double v) const {
    const double e = 1e-3;
    V3 du = at(std::min(1.0, u + e), v) - at(std::max(0.0, u - e), v);
    V3 dv = at(u, std::min(1.0, v + e)) - at(u, std::max(0.0, v - e));
    V3 n = du.cross(dv);
    return n.norm() > 0 ? V3(n.normalized()) : V3(0, 0, 1);
}

std::vector<Sphere> thickPatch(const CoonsPatch& patch,
                               const std::function<double(double, double)>& bow,
                               const std::function<double(double, double)>& halfThick,
                               double maxStep) {
    // Estimate the patch's extent to choose the sampling density.
    double lu = 0, lv = 0;
    for (int i = 0; i < 8; ++i) {
        lu = std::max(lu, (patch.at(1, i / 7.0) - patch.at(0, i / 7.0)).norm() * 1.3);
        lv = std::max(lv, (patch.at(i / 7.0, 1) - patch.at(i / 7.0, 0)).norm() * 1.3);
    }
    int nu = std::max(8, int(std::ceil(lu / maxStep))), nv = std::max(8, int(std::ceil(lv / maxStep)));
    std::vector<Sphere> out;
    out.reserve(size_t(nu + 1) * (nv + 1));
    for (int j = 0; j <= nv; ++j)
        for (int i = 0; i <= nu; ++i) {
            double u = double(i) / nu, v = double(j) / nv;
            V3 p = patch.at(u, v) + patch.normal(u, v) * bow(u, v);
            out.push_back({p, halfThick(u, v)});
        }
    return out;
}

}  // namespace atlasgen
