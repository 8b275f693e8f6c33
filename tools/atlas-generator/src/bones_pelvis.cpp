// Right hip bone (ilium, ischium, pubis, acetabulum) and sacrum with coccyx, in the pelvis frame (mm).
#include "coons.h"
#include "frames.h"
#include "structures.h"

namespace atlasgen {

const Tuberosity& tuberosity() {
    // Axis chosen so that a circle about it passes through the three Gait2392 hamstring origins.
    static const Tuberosity t{V3(-121.9, -96.8, 58.9), V3(0.54, -0.72, -0.45).normalized(), -30.0, 24.0, 12.4};
    return t;
}

namespace {

V3 acetabularAxis() { return V3(-0.10, -0.70, 0.70).normalized(); }  // opening: inferolateral

}  // namespace

Built buildHipBone(Context& ctx) {
    const double h = ctx.h;
    Grid g({V3(-165, -140, -6), V3(20, 110, 150)}, h);
    const V3 H = hipCentre();
    const V3 a = acetabularAxis();

    // Iliac wing: thick Coons patch. u runs ASIS -> PSIS, v from the base up to the crest.
    CoonsPatch wing;
    wing.c1 = {{0, 2, 119}, {-18, 24, 131}, {-40, 62, 127}, {-62, 86, 108}, {-86, 95, 82},
               {-110, 86, 66}, {-130, 62, 56}, {-140, 36, 50}};
    wing.c0 = {{-18, -26, 108}, {-42, -36, 104}, {-70, -36, 96}, {-90, -32, 80}, {-100, -26, 68}};
    wing.d0 = {{-18, -26, 108}, {-7, -12, 113}, {0, 2, 119}};
    wing.d1 = {{-100, -26, 68}, {-118, -12, 62}, {-133, 10, 55}, {-140, 36, 50}};
    auto wingBow = [](double u, double v) {
        // S-curved gluteal surface: dished in front, convex behind.
        return std::sin(kPi * v) * (5.0 * std::sin(2 * kPi * u) - 4.0 * std::sin(kPi * u));
    };
    auto wingHalf = [](double u, double v) {
        double t = 2.0 + 7.0 * (1 - smoothstep(0.0, 0.35, v)) + 3.0 * smoothstep(0.8, 1.0, v);
        t += 6.0 * smoothstep(0.72, 0.95, u) * (1 - smoothstep(0.55, 0.9, v));
        t += 2.0 * (1 - smoothstep(0.0, 0.08, u));
        return t;
    };
    g.splat(thickPatch(wing, wingBow, wingHalf, 0.9), Op::Union, 2.0);

    // Acetabular body with its rim cut and its flat medial wall folded in (the socket is drilled last).
    {
        Eigen::Matrix3d R = frameFrom(a, V3(1, 0, 0));
        V3 c = H - a * 5.0;
        const V3 medialN = V3(0.1, 0.12, -1).normalized();
        auto body = [&](const V3& p) {
            double d = sdEllipsoid(p, c, R, V3(30, 37, 38));
            d = smax(d, sdPlane(p, H + a * 3.5, a), 3.0);
            return smax(d, sdPlane(p, V3(H.x(), H.y(), 57.0), medialN), 4.0);
        };
        g.apply(Box::around(c, 42), body, Op::Union, 6.0);
    }
    // Ischium: a broad body behind and below the acetabulum down to the tuberosity; posterior border
    // with the ischial spine.
    g.splat(tubeSpheres({{-84, -66, 76}, {-104, -78, 68}, {-124, -86, 66}}, {{0, 14}, {1, 11}}, 1.0),
            Op::Union, 9.0);
    g.splat(tubeSpheres({{-96, -84, 64}, {-110, -98, 58}}, {{0, 10}, {1, 10}}, 1.0), Op::Union, 6.0);
    g.splat(tubeSpheres({{-100, -26, 68}, {-110, -44, 62}, {-118, -60, 57}, {-124, -76, 62}},
                        {{0, 8}, {0.5, 8.5}, {1, 9}}, 1.0),
            Op::Union, 5.0);
    g.splat(tubeSpheres({{-114, -62, 56}, {-126, -70, 45}}, {{0, 5.5}, {1, 2.2}}, 0.5), Op::Union, 3.0);
    {
        const auto& T = tuberosity();
        V3 top = T.axisPoint + T.axis * T.tTop, bottom = T.axisPoint + T.axis * T.tBottom;
        g.splat(tubeSpheres({top, bottom}, {{0, 8.5}, {0.3, T.radius}, {0.78, T.radius}, {1, 8.0}}, 0.5),
                Op::Union, 4.0);
    }
    // Pubis: superior ramus and ischiopubic ramus as thick strips (flat bars), pubic body with the
    // symphyseal face.
    auto strip = [&](std::vector<V3> upper, std::vector<V3> lower, double half) {
        CoonsPatch p;
        p.c0 = lower;
        p.c1 = upper;
        p.d0 = {lower.front(), upper.front()};
        p.d1 = {lower.back(), upper.back()};
        g.splat(thickPatch(p, [](double, double) { return 0.0; },
                           [half](double, double v) { return half * (0.8 + 0.4 * std::sin(kPi * v)); }, 0.9),
                Op::Union, 4.0);
    };
    strip({{-46, -60, 76}, {-36, -68, 50}, {-28, -75, 28}}, {{-60, -76, 74}, {-48, -82, 50}, {-40, -88, 28}}, 6.0);
    {
        Eigen::Matrix3d R = frameFrom(V3(-0.5, -0.86, 0), V3(1, 0, 0));
        V3 c(-40, -90, 9.5);
        g.apply(Box::around(c, 24),
                [&](const V3& p) { return sdRoundBox(p, c, R, V3(18, 10, 9.5), 6.0); }, Op::Union, 4.0);
    }
    strip({{-46, -94, 14}, {-66, -106, 26}, {-86, -112, 40}, {-100, -108, 52}},
          {{-54, -106, 8}, {-72, -119, 22}, {-92, -124, 38}, {-108, -120, 50}}, 4.2);
    // Pelvic brim (arcuate line, pecten) and the quadrilateral plate behind the acetabulum.
    g.splat(tubeSpheres({{-118, 8, 50}, {-100, -22, 56}, {-80, -44, 60}, {-58, -60, 62},
                         {-42, -70, 50}, {-32, -76, 30}},
                        {{0, 4.5}, {1, 4.0}}, 1.0),
            Op::Union, 4.0);
    {
        CoonsPatch quad;
        quad.c1 = {{-112, -6, 54}, {-84, -40, 60}, {-50, -62, 62}};
        quad.c0 = {{-108, -84, 58}, {-80, -86, 60}, {-56, -80, 60}};
        quad.d0 = {{-108, -84, 58}, {-112, -44, 56}, {-112, -6, 54}};
        quad.d1 = {{-56, -80, 60}, {-52, -70, 62}, {-50, -62, 62}};
        g.splat(thickPatch(quad, [](double, double) { return 0.0; },
                           [](double, double) { return 4.5; }, 1.0),
                Op::Union, 5.0);
    }
    // Posterior ilium: auricular region and PSIS; spines.
    {
        Eigen::Matrix3d R = frameFrom(V3(-0.25, 1, 0), V3(1, 0, 0));
        V3 c(-126, 22, 54);
        g.apply(Box::around(c, 30), [&](const V3& p) { return sdEllipsoid(p, c, R, V3(24, 10, 9)); },
                Op::Union, 6.0);
    }
    g.apply(Box::around(V3(0, 1, 118), 8), [](const V3& p) { return sdSphere(p, V3(-1, 1, 117), 5.0); },
            Op::Union, 4.0);
    g.apply(Box::around(V3(-13, -29, 106), 9),
            [](const V3& p) { return sdSphere(p, V3(-13, -29, 105), 6.0); }, Op::Union, 4.0);

    // Obturator foramen.
    {
        V3 n = V3(0.55, -0.25, 0.8).normalized();
        Eigen::Matrix3d R = frameFrom(n, V3(-1, -0.35, 0));
        V3 c = landmark("obturator_foramen_centre").p;
        g.apply(Box::around(c, 30), [&](const V3& p) { return sdEllipsoid(p, c, R, V3(14, 19, 11)); },
                Op::Subtract, 3.0);
    }
    // Socket, last: nothing may refill it.
    g.apply(Box::around(H, kAcetabulumRadius + 2),
            [&](const V3& p) { return sdSphere(p, H, kAcetabulumRadius); }, Op::Subtract, 1.0);

    Built b{"pelvis", polygonise(g, ctx.tris(30000), 8500)};
    ctx.bones["pelvis"].grid = std::make_unique<Grid>(std::move(g));
    ctx.bones["pelvis"].offset = V3::Zero();
    return b;
}

Built buildSacrum(Context& ctx) {
    const double h = ctx.h;
    Grid g({V3(-195, -80, -65), V3(-55, 100, 65)}, h);
    CoonsPatch s;  // u: left -> right, v: apex -> base
    s.c0 = {{-152, -34, -8}, {-152, -34, 8}};
    s.c1 = {{-118, 46, -50}, {-106, 44, -25}, {-102, 44, 0}, {-106, 44, 25}, {-118, 46, 50}};
    s.d0 = {{-152, -34, -8}, {-148, -18, -20}, {-136, 4, -34}, {-126, 24, -46}, {-118, 46, -50}};
    s.d1 = {{-152, -34, 8}, {-148, -18, 20}, {-136, 4, 34}, {-126, 24, 46}, {-118, 46, 50}};
    auto bow = [](double, double v) { return 8.0 * std::sin(kPi * v); };
    auto half = [](double u, double v) {
        double w = 2 * u - 1;
        return lerp(6.5, 19.0, v) * (1 - 0.45 * w * w);
    };
    g.splat(thickPatch(s, bow, half, 1.0), Op::Union, 3.0);
    // S1 body and promontory.
    {
        Eigen::Matrix3d R = frameFrom(V3(0.6, 0.8, 0), V3(1, 0, 0));
        V3 c(-92, 34, 0);
        g.apply(Box::around(c, 30), [&](const V3& p) { return sdEllipsoid(p, c, R, V3(12, 18, 24)); },
                Op::Union, 5.0);
    }
    // Median sacral crest.
    {
        std::vector<V3> crest;
        for (double v : {0.25, 0.45, 0.65, 0.85}) {
            V3 n = s.normal(0.5, v);
            crest.push_back(s.at(0.5, v) + n * (bow(0.5, v) + half(0.5, v) + 1.0));
        }
        g.splat(tubeSpheres(crest, {{0, 3}, {1, 4.5}}, 0.6), Op::Union, 3.0);
    }
    // Intermediate sacral crests and the superior articular processes.
    for (double u : {0.36, 0.64}) {
        std::vector<V3> crest;
        for (double v : {0.3, 0.5, 0.7, 0.9}) {
            V3 n = s.normal(u, v);
            crest.push_back(s.at(u, v) + n * (bow(u, v) + half(u, v) + 0.2));
        }
        g.splat(tubeSpheres(crest, {{0, 2.0}, {1, 3.0}}, 0.6), Op::Union, 3.0);
        V3 base = s.at(u, 0.97) + s.normal(u, 0.97) * (bow(u, 0.97) + half(u, 0.97) * 0.6);
        g.splat(tubeSpheres({base, base + V3(2, 14, 0)}, {{0, 7.0}, {1, 5.0}}, 0.6), Op::Union, 3.0);
    }
    // Four pairs of sacral foramina.
    for (double v : {0.78, 0.6, 0.42, 0.25})
        for (double u : {0.5 - (0.12 + 0.12 * v), 0.5 + (0.12 + 0.12 * v)}) {
            V3 n = s.normal(u, v), c = s.at(u, v) + n * bow(u, v);
            double r = 3.0 + 2.0 * v;
            g.splat(tubeSpheres({c - n * 40, c + n * 40}, {{0, r}, {1, r * 0.7}}, 0.5), Op::Subtract, 1.5);
        }
    // Coccyx: four small beads.
    const std::vector<Sphere> beads = {{{-154, -40, 0}, 7.0}, {{-157, -47, 0}, 5.5},
                                       {{-158, -53, 0}, 4.5}, {{-157, -58, 0}, 3.5}};
    for (const auto& b : beads)
        g.apply(Box::around(b.c, b.r + 2), [&](const V3& p) {
            Eigen::Matrix3d R = Eigen::Matrix3d::Identity();
            return sdEllipsoid(p, b.c, R, V3(b.r * 0.8, b.r * 0.75, b.r * 1.3));
        }, Op::Union, 1.5);

    Built b{"sacrum", polygonise(g, ctx.tris(16000), 4500)};
    ctx.bones["sacrum"].grid = std::make_unique<Grid>(std::move(g));
    return b;
}

}  // namespace atlasgen
