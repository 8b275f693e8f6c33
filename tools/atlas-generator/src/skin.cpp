// Translucent skin of the right buttock and thigh: a smooth envelope (atlas frame, mm).
#include "frames.h"
#include "structures.h"

namespace atlasgen {

Built buildSkin(Context& ctx) {
    Grid g({V3(-240, -640, -20), V3(70, 140, 230)}, ctx.quick ? 4.0 : 3.0);
    Eigen::Matrix3d I = Eigen::Matrix3d::Identity();
    // Buttock, hip and thigh.
    g.apply(Box{V3(-240, -200, -20), V3(40, 100, 230)},
            [&](const V3& p) { return sdEllipsoid(p, V3(-120, -70, 80), I, V3(92, 110, 105)); }, Op::Union, 0);
    g.apply(Box{V3(-200, -640, -20), V3(70, 60, 230)},
            [&](const V3& p) { return sdCapsule(p, V3(-72, -90, 92), V3(-62, -520, 80), 92, 58); },
            Op::Union, 40);
    g.apply(Box{V3(-200, -100, -20), V3(70, 140, 230)},
            [&](const V3& p) { return sdEllipsoid(p, V3(-60, 20, 60), I, V3(95, 75, 95)); }, Op::Union, 40);
    // Cut at the waist, below the knee and at the midline (rounded).
    g.apply(Box{V3(-240, -640, -20), V3(70, 140, 230)}, [](const V3& p) {
        return std::max(std::max(p.y() - 105.0, -(p.y() + 600.0)), -(p.z() - 2.0));
    }, Op::Intersect, 12.0);
    return {"skin", polygonise(g, 12000, 4000, 20)};
}

}  // namespace atlasgen
