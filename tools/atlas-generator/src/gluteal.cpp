// Gluteal muscles, bursae and the sciatic nerve (atlas frame, mm), as fields polygonised like bone.
#include "coons.h"
#include "frames.h"
#include "structures.h"

namespace atlasgen {

namespace {
V3 fem(double x, double y, double z) { return femurToAtlas(V3(x, y, z)); }
V3 tib(double x, double y, double z) { return tibiaToAtlas(V3(x, y, z)); }
}  // namespace

// Where the ischiogluteal bursa sits: on the posterior tuberosity, superficial to the conjoint
// tendon's origin (pelvis frame = atlas frame).
struct BursaPlace {
    V3 c;
    Eigen::Matrix3d R;
    V3 r;
};
BursaPlace ischioglutealBursa() {
    const auto& T = tuberosity();
    V3 oST = landmark("semitendinosus_origin").p, oBF = landmark("biceps_femoris_long_head_origin").p;
    V3 m = 0.5 * (oST + oBF) - T.axisPoint;
    V3 n = (m - m.dot(T.axis) * T.axis).normalized();
    n = (n + V3(-0.4, 0.0, -0.1)).normalized();  // more posterior: towards gluteus maximus
    V3 c = T.axisPoint + T.axis * -6.0 + n * (T.radius + 11.0);
    return {c, frameFrom(n, T.axis), V3(3.0, 14.0, 11.0)};
}

std::vector<Built> buildGluteal(Context& ctx) {
    std::vector<Built> out;
    const double hs = ctx.quick ? 2.0 : 1.5;  // soft tissue grid
    const BursaPlace ib = ischioglutealBursa();
    auto keepOut = [&](const V3& p, double gap) { return ctx.boneDistance(p) - gap; };

    // Ischiogluteal bursa: a flat sac of about 2.8 x 2.2 cm (design assumption: no normative size).
    {
        Grid g(Box::around(ib.c, 25), 0.6);
        g.apply(Box::around(ib.c, 18), [&](const V3& p) { return sdEllipsoid(p, ib.c, ib.R, ib.r); },
                Op::Union, 0);
        out.push_back({"ischiogluteal_bursa", polygonise(g, 1500, 500, 10)});
    }
    // Trochanteric bursa over the lateral greater trochanter.
    const V3 gtL = femurToAtlas(landmark("greater_trochanter_lateral").p);
    const V3 tbC = gtL + V3(-6, -6, 4.5);
    const Eigen::Matrix3d tbR = frameFrom(V3(0, 0, 1), V3(0.2, 1, 0));
    {
        Grid g(Box::around(tbC, 30), 0.6);
        g.apply(Box::around(tbC, 26), [&](const V3& p) {
            return smax(sdEllipsoid(p, tbC, tbR, V3(3.0, 24, 17)), -keepOut(p, 0.6), 1.0);
        }, Op::Union, 0);
        out.push_back({"trochanteric_bursa", polygonise(g, 1500, 500, 10)});
    }
    auto trochBursa = [&](const V3& p) { return sdEllipsoid(p, tbC, tbR, V3(3.0, 24, 17)); };

    // Gluteus minimus: anterior gluteal surface -> anterior facet of the greater trochanter.
    Grid gmin({V3(-135, -115, 50), V3(30, 80, 190)}, hs);
    {
        CoonsPatch p;
        p.c0 = {fem(2, -6, 50), fem(-10, -2, 52)};
        p.c1 = {{-8, -6, 126}, {-40, 34, 136}, {-78, 46, 112}, {-104, 18, 90}};
        p.d0 = {fem(2, -6, 50), {-14, -34, 126}, {-8, -6, 126}};
        p.d1 = {fem(-10, -2, 52), {-100, -30, 104}, {-104, 18, 90}};
        auto half = [](double u, double v) {
            return (2.5 + 5.5 * smoothstep(0.0, 0.35, v)) * (1 - 0.5 * sq(2 * u - 1)) + 1.5;
        };
        gmin.splat(thickPatch(p, [](double u, double v) { return 8.0 * std::sin(kPi * u) * std::sin(kPi * v); },
                              half, 2.0),
                   Op::Union, 4.0);
        gmin.apply(Box{gmin.origin(), gmin.origin() + V3(gmin.nx(), gmin.ny(), gmin.nz()) * gmin.h()},
                   [&](const V3& q) { return keepOut(q, 0.8); }, Op::Subtract, 2.0);
        out.push_back({"gluteus_minimus", polygonise(gmin, 7000, 2000)});
    }
    // Gluteus medius: outer ilium below the crest -> lateral greater trochanter, over minimus (not
    // carved by minimus: a carved sheet pinches; minimus stays hidden beneath).
    {
        Grid g({V3(-165, -115, 50), V3(30, 135, 205)}, hs);
        CoonsPatch p;
        p.c0 = {fem(-4, 2, 60), fem(-22, 0, 54)};
        p.c1 = {{-4, 0, 134}, {-20, 26, 146}, {-44, 62, 141}, {-68, 86, 120}, {-92, 92, 96},
                {-114, 80, 90}, {-128, 54, 84}};
        p.d0 = {fem(-4, 2, 60), {-14, -30, 138}, {-4, 0, 134}};
        p.d1 = {fem(-22, 0, 54), {-118, -12, 98}, {-128, 54, 84}};
        auto half = [](double u, double v) {
            return (3.0 + 8.0 * smoothstep(0.0, 0.4, v) * (1 - 0.6 * smoothstep(0.85, 1.0, v))) *
                       (1 - 0.45 * sq(2 * u - 1)) + 1.8;
        };
        g.splat(thickPatch(p, [](double u, double v) { return 14.0 * std::sin(kPi * u) * std::sin(kPi * v); },
                           half, 2.2),
                Op::Union, 5.0);
        g.apply(Box{g.origin(), g.origin() + V3(g.nx(), g.ny(), g.nz()) * g.h()},
                [&](const V3& q) { return std::min(keepOut(q, 0.8), trochBursa(q) - 0.5); },
                Op::Subtract, 2.0);
        out.push_back({"gluteus_medius", polygonise(g, 9000, 2500)});
    }
    // Gluteus maximus: sacrum, coccyx and posterior ilium -> gluteal tuberosity and iliotibial tract;
    // its lower border covers the ischial tuberosity when standing.
    {
        Grid g({V3(-225, -225, -15), V3(-30, 100, 200)}, hs);
        CoonsPatch p;  // u: origin (medial) -> insertion (lateral); v: inferior -> superior
        p.c0 = {{-168, -58, 8}, {-162, -112, 36}, {-140, -150, 78}, fem(-14, -120, 40)};
        p.c1 = {{-158, 66, 58}, {-152, 40, 108}, {-112, 6, 146}, fem(-4, 36, 72)};
        p.d0 = {{-168, -58, 8}, {-184, -14, 28}, {-180, 30, 46}, {-158, 66, 58}};
        p.d1 = {fem(-14, -120, 40), fem(-16, -60, 70), fem(-8, -10, 76), fem(-4, 36, 72)};
        auto half = [](double u, double v) {
            double t = 5.0 + 16.0 * std::sin(kPi * clamp01(u * 1.1)) * (0.45 + 0.55 * std::sin(kPi * v));
            return t * (1 - 0.85 * smoothstep(0.7, 1.0, u)) + 1.2;
        };
        g.splat(thickPatch(p, [](double u, double v) { return 15.0 * std::sin(kPi * u) * std::sin(kPi * v); },
                           half, 3.0),
                Op::Union, 6.0);
        g.apply(Box{g.origin(), g.origin() + V3(g.nx(), g.ny(), g.nz()) * g.h()}, [&](const V3& q) {
            double d = std::min(keepOut(q, 1.0), sdEllipsoid(q, ib.c, ib.R, ib.r) - 0.6);
            return std::min(d, trochBursa(q) - 0.6);
        }, Op::Subtract, 2.0);
        out.push_back({"gluteus_maximus", polygonise(g, 14000, 3500)});
    }
    // Sciatic nerve: through the greater sciatic notch, between tuberosity and trochanter, down the
    // back of the thigh; divides into tibial and common fibular nerves at the popliteal apex.
    {
        const auto& T = tuberosity();
        // Lateral edge of the tuberosity at the level of its middle (Miller 2007: nerve 1.2 cm lateral).
        const double rN = 5.5;
        const double edgeZ = tuberosityLateralEdge(ctx, T.axisPoint.y());
        V3 atTub(T.axisPoint.x() - 4.0, T.axisPoint.y(), edgeZ + kNerveGapToTuberosity + rN);
        Grid g({V3(-150, -625, 20), V3(-30, 10, 150)}, ctx.quick ? 1.5 : 1.0);
        std::vector<V3> trunk = {{-96, -6, 50}, {-112, -22, 60}, {-124, -46, 74},
                                 atTub + V3(0, 18, 0), atTub, atTub + V3(4, -40, 0),
                                 {-98, -200, 90}, {-86, -290, 92}, {-88, -370, 90}};
        g.splat(tubeSpheres(trunk, {{0, 6.0}, {0.1, rN}, {0.35, rN}, {0.6, 5.0}, {1, 4.5}}, 0.8), Op::Union, 3.0);
        g.splat(tubeSpheres({{-88, -368, 90}, {-94, -430, 86}, tib(-30, -30, 4), tib(-28, -120, 2)},
                            {{0, 3.5}, {1, 2.5}}, 0.6), Op::Union, 3.0);
        g.splat(tubeSpheres({{-88, -368, 92}, {-96, -420, 104}, tib(-32, -45, 26), tib(-20, -75, 40),
                             tib(2, -84, 44)},
                            {{0, 3.0}, {1, 2.0}}, 0.6), Op::Union, 3.0);
        g.apply(Box{g.origin(), g.origin() + V3(g.nx(), g.ny(), g.nz()) * g.h()},
                [&](const V3& q) { return keepOut(q, 0.8); }, Op::Subtract, 1.0);
        out.push_back({"sciatic_nerve", polygonise(g, 5000, 1500)});
    }
    return out;
}

}  // namespace atlasgen
