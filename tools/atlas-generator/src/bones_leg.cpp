// Tibia, fibula and patella in the Gait2392 tibia frame (origin: knee centre), mm.
#include "frames.h"
#include "structures.h"

namespace atlasgen {

namespace {
void toAtlasFrame(Built& b) {
    V3 off = hipCentre() + kneeOffset();
    transform(b.lod.full, 1.0, off);
    transform(b.lod.low, 1.0, off);
}
// A small tubercle whose tip surface passes through a landmark: capsule from inside the bone.
void tubercle(Grid& g, const V3& inside, const V3& landmarkP, double r, double k) {
    V3 dir = (landmarkP - inside).normalized();
    g.splat(tubeSpheres({inside, landmarkP - dir * r}, {{0, r}, {1, r}}, 0.5), Op::Union, k);
}
}  // namespace

Built buildTibia(Context& ctx) {
    Grid g({V3(-45, -445, -50), V3(55, -15, 55)}, ctx.h);
    Eigen::Matrix3d I = Eigen::Matrix3d::Identity();
    // Plateau: medial and lateral condyles over a broad proximal block.
    {
        V3 c(4, -52, 0);
        g.apply(Box::around(c, 45), [&](const V3& p) { return sdRoundBox(p, c, I, V3(22, 17, 36), 12.0); },
                Op::Union, 6.0);
    }
    for (auto [c, r] : {std::pair<V3, V3>{V3(0, -47, -19), V3(27, 13, 17)},
                        std::pair<V3, V3>{V3(1, -47, 20), V3(24, 13, 16)}})
        g.apply(Box::around(c, 30), [&, c = c, r = r](const V3& p) { return sdEllipsoid(p, c, I, r); },
                Op::Union, 5.0);
    // Flatten the plateau top a little, then the intercondylar eminence.
    g.apply(Box{V3(-40, -30, -45), V3(45, -10, 45)},
            [](const V3& p) { return -(p.y() + 34.5); }, Op::Subtract, 3.0);
    for (double z : {-5.0, 5.0})
        g.apply(Box::around(V3(2, -36, z), 6), [z](const V3& p) { return sdSphere(p, V3(2, -39, z), 4.0); },
                Op::Union, 3.0);
    // Tibial tuberosity and shaft.
    g.apply(Box::around(V3(28, -74, 4), 18),
            [&](const V3& p) { return sdEllipsoid(p, V3(27, -74, 4), I, V3(8, 15, 10)); }, Op::Union, 6.0);
    g.splat(tubeSpheres({{6, -70, 0}, {6, -120, 2}, {3, -180, 4}, {4, -270, 3}, {9, -360, 2}, {10, -395, 0}},
                        {{0, 22}, {0.15, 16}, {0.3, 12}, {0.7, 10.5}, {1, 15}}, 1.0),
            Op::Union, 5.0);
    // Anterior border (shin) ridge.
    g.splat(tubeSpheres({{26, -95, 2}, {17, -200, 4}, {16, -330, 3}}, {{0, 4}, {1, 2}}, 1.0), Op::Union, 6.0);
    // Distal end and medial malleolus.
    g.apply(Box::around(V3(10, -408, 0), 30),
            [&](const V3& p) { return sdRoundBox(p, V3(10, -408, 2), I, V3(20, 13, 22), 8.0); }, Op::Union, 6.0);
    g.splat(tubeSpheres({{10, -405, -14}, {10, -425, -22}}, {{0, 9}, {1, 6}}, 0.6), Op::Union, 4.0);
    // Insertions on the surface: semimembranosus (posteromedial condyle), pes anserinus.
    tubercle(g, V3(-10, -50, -12), landmark("semimembranosus_insertion").p, 5.0, 4.0);
    tubercle(g, V3(6, -95, -2), landmark("semitendinosus_insertion").p, 5.0, 6.0);

    Built b{"tibia", polygonise(g, ctx.tris(14000), 3500)};
    ctx.bones["tibia"].grid = std::make_unique<Grid>(std::move(g));
    ctx.bones["tibia"].offset = hipCentre() + kneeOffset();
    toAtlasFrame(b);
    return b;
}

Built buildFibula(Context& ctx) {
    Grid g({V3(-35, -450, 5), V3(20, -40, 60)}, ctx.h);
    Eigen::Matrix3d I = Eigen::Matrix3d::Identity();
    V3 head = landmark("fibular_head_centre").p;
    g.apply(Box::around(head, 18), [&](const V3& p) { return sdEllipsoid(p, head, I, V3(12, 13, 11)); },
            Op::Union, 3.0);
    // Styloid (apex) reaching the biceps femoris insertion.
    tubercle(g, head, landmark("biceps_femoris_insertion").p, 4.5, 4.0);
    g.splat(tubeSpheres({{-13, -74, 35}, {-7, -140, 28}, {-5, -230, 25}, {-5, -320, 27}, {-8, -400, 34},
                         {-10, -430, 39}},
                        {{0, 8}, {0.15, 6.5}, {0.5, 6}, {0.85, 7}, {0.95, 10}, {1, 7}}, 0.8),
            Op::Union, 4.0);
    Built b{"fibula", polygonise(g, ctx.tris(7000), 1800)};
    ctx.bones["fibula"].grid = std::make_unique<Grid>(std::move(g));
    ctx.bones["fibula"].offset = hipCentre() + kneeOffset();
    toAtlasFrame(b);
    return b;
}

Built buildPatella(Context& ctx) {
    // Sits on the femoral trochlea with the knee straight; moves with the tibia.
    Grid g({V3(20, -5, -30), V3(75, 60, 35)}, std::min(ctx.h, 1.0));
    V3 c = V3(34, -368, 4) - kneeOffset();  // femur-frame position -> tibia frame
    Eigen::Matrix3d R = frameFrom(V3(1, 0, 0), V3(0, 1, 0.05));
    g.apply(Box::around(c, 28), [&](const V3& p) {
        double e = sdEllipsoid(p, c, R, V3(11, 23, 22));
        // Pointed apex below, flatter articular back.
        double apex = sdEllipsoid(p, c + V3(0, -14, 0), R, V3(9, 14, 12));
        return smin(e, apex, 4.0);
    }, Op::Union, 1.0);
    Built b{"patella", polygonise(g, ctx.tris(2500), 800)};
    toAtlasFrame(b);
    return b;
}

}  // namespace atlasgen
