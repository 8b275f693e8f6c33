// Right femur in the Gait2392 femur frame (origin at the head centre), mm; written in the atlas frame.
#include "frames.h"
#include "structures.h"

namespace atlasgen {

namespace {
// Shaft centreline (femur frame): anterior bow of the Gait2392 femur, valgus towards the knee.
const std::vector<V3>& shaftLine() {
    static const std::vector<V3> s = {{-4, -40, 40},  {-1, -80, 38},   {2, -120, 37},  {11, -180, 31},
                                      {17, -240, 22}, {20, -300, 14}, {18, -345, 7},  {8, -385, 0}};
    return s;
}
}  // namespace

Built buildFemur(Context& ctx) {
    const double h = ctx.h;
    Grid g({V3(-45, -440, -50), V3(45, 35, 72)}, h);
    // Head and neck (neck-shaft angle about 128 deg, anteversion about 12 deg, offset about 43 mm).
    const V3 neckDir = V3(-0.164, -0.616, 0.771).normalized();  // head -> neck base
    g.apply(Box::around(V3::Zero(), 26),
            [](const V3& p) { return sdSphere(p, V3::Zero(), kFemoralHeadRadius); }, Op::Union, 1.0);
    {
        Eigen::Matrix3d R = frameFrom(neckDir, V3(0, 1, 0));
        V3 c = neckDir * 28.0;
        g.apply(Box::around(c, 30), [&](const V3& p) {
            double t = clamp01(((p - V3::Zero()).dot(neckDir) - 12.0) / 32.0);
            V3 q = R.transpose() * (p - c);
            double ry = lerp(15.5, 19.0, t), rz = lerp(13.0, 15.0, t);
            double e = std::sqrt(sq(q.y() / ry) + sq(q.z() / rz)) - 1.0;
            double cap = std::abs(q.x()) - 20.0;
            return std::max(e * std::min(ry, rz), cap);
        }, Op::Union, 7.0);
    }
    // Shaft with a tapering radius.
    g.splat(tubeSpheres(shaftLine(), {{0, 16}, {0.12, 14}, {0.5, 12.5}, {0.8, 13}, {1, 16}}, 1.0),
            Op::Union, 3.0);
    // Greater trochanter (rounded box), intertrochanteric crest, lesser trochanter.
    {
        Eigen::Matrix3d R = frameFrom(V3(0.15, 1, -0.2), V3(1, 0, 0));
        V3 c(-10, -14, 48);
        g.apply(Box::around(c, 32), [&](const V3& p) { return sdRoundBox(p, c, R, V3(23, 17, 12.5), 8.5); },
                Op::Union, 6.0);
    }
    g.splat(tubeSpheres({{-20, 0, 48}, {-24, -20, 46}, {-22, -42, 34}, {-19, -58, 24}}, {{0, 5}, {1, 4}}, 1.0),
            Op::Union, 5.0);
    g.apply(Box::around(V3(-20, -58, 22), 14),
            [](const V3& p) { return sdSphere(p, V3(-19, -58, 23), 8.0); }, Op::Union, 6.0);
    // Trochanteric fossa.
    g.apply(Box::around(V3(-16, -10, 38), 10),
            [](const V3& p) { return sdSphere(p, V3(-17, -8, 37), 5.0); }, Op::Subtract, 3.0);
    // Linea aspera (posterior ridge) splitting into the supracondylar lines.
    {
        std::vector<V3> ridge;
        for (double y : {-90.0, -150.0, -211.1, -270.0, -320.0}) {
            auto s = sampleCurve(shaftLine(), 400);
            V3 best = s[0];
            for (auto& q : s)
                if (std::abs(q.y() - y) < std::abs(best.y() - y)) best = q;
            ridge.push_back(best + V3(-11.0, 0, y < -200 ? -1.0 : 0.0));
        }
        g.splat(tubeSpheres(ridge, {{0, 3}, {0.3, 4.5}, {0.7, 4.5}, {1, 3}}, 1.0), Op::Union, 5.0);
        g.splat(tubeSpheres({ridge.back(), {-8, -360, 22}, {-10, -385, 34}}, {{0, 3}, {1, 2}}, 1.0),
                Op::Union, 4.0);
        g.splat(tubeSpheres({ridge.back(), {-8, -360, -12}, {-8, -380, -30}}, {{0, 3}, {1, 2}}, 1.0),
                Op::Union, 4.0);
    }
    // Distal metaphysis, condyles, epicondyles; intercondylar notch and trochlear groove.
    {
        Eigen::Matrix3d R = Eigen::Matrix3d::Identity();
        V3 c(6, -380, 0);
        g.apply(Box::around(c, 45), [&](const V3& p) { return sdRoundBox(p, c, R, V3(19, 22, 33), 16.0); },
                Op::Union, 10.0);
    }
    for (double side : {-1.0, 1.0}) {
        Eigen::Matrix3d R = Eigen::Matrix3d::Identity();
        V3 c(1, -403, 20 * side);
        g.apply(Box::around(c, 34), [&](const V3& p) { return sdEllipsoid(p, c, R, V3(29, 24, 17)); },
                Op::Union, 8.0);
        V3 e(-2, -396, 36 * side);
        g.apply(Box::around(e, 12), [&](const V3& p) { return sdSphere(p, e, 6.0); }, Op::Union, 6.0);
    }
    g.splat(tubeSpheres({{-32, -418, 0}, {-4, -424, 0}}, {{0, 8}, {1, 7}}, 0.8), Op::Subtract, 3.0);
    g.splat(tubeSpheres({{40, -360, 0}, {37, -395, 0}, {26, -418, 0}}, {{0, 5}, {1, 6}}, 0.8),
            Op::Subtract, 4.0);

    Built b{"femur", polygonise(g, ctx.tris(22000), 6000)};
    transform(b.lod.full, 1.0, hipCentre());
    transform(b.lod.low, 1.0, hipCentre());
    ctx.bones["femur"].grid = std::make_unique<Grid>(std::move(g));
    ctx.bones["femur"].offset = hipCentre();
    return b;
}

}  // namespace atlasgen
