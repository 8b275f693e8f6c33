// Gluteal muscles (grown from their measured mid-sheets) and the two bursae beside them (atlas frame, mm).
#include "frames.h"
#include "soft_tissue.h"

namespace atlasgen {

namespace {
constexpr double kScale = 1.1, kGrow = 0.5;  // as for the hamstrings
}  // namespace

// Where the ischiogluteal bursa sits: on the posterior tuberosity, superficial to the conjoint
// tendon's origin (pelvis frame = atlas frame).
struct BursaPlace {
    V3 c;
    Eigen::Matrix3d R;
    V3 r;
};
BursaPlace ischioglutealBursa(const Context& ctx) {
    const auto& T = tuberosity();
    V3 oST = landmark("semitendinosus_origin").p, oBF = landmark("biceps_femoris_long_head_origin").p;
    V3 m = 0.5 * (oST + oBF) - T.axisPoint;
    V3 n = (m - m.dot(T.axis) * T.axis).normalized();
    n = (n + V3(-0.4, 0.0, -0.1)).normalized();  // more posterior: towards gluteus maximus
    const V3 c = T.axisPoint + T.axis * -6.0 + n * (T.radius + 11.0);
    // The measured tuberosity lies up to 15 mm deeper than Gait2392's: the sac is laid flat on the bone's
    // surface nearest to that place, 5 mm out (half its thickness and a gap).
    const V3 s = nearestBoneSurface(ctx, "pelvis", c);
    const V3 u = (c - s).normalized();
    return {s + u * 5.0, frameFrom(u, T.axis), V3(3.0, 14.0, 11.0)};
}

std::vector<Built> buildGluteal(Context& ctx) {
    std::vector<Built> out;
    const BursaPlace ib = ischioglutealBursa(ctx);
    auto keepOut = [&](const V3& p, double gap) { return ctx.boneDistance(p) - gap; };

    // Ischiogluteal bursa: a flat sac of about 2.8 x 2.2 cm (design assumption: no normative size).
    {
        Grid g(Box::around(ib.c, 25), 0.6);
        g.apply(Box::around(ib.c, 18), [&](const V3& p) {
            return smax(sdEllipsoid(p, ib.c, ib.R, ib.r), -keepOut(p, 0.6), 1.0);
        }, Op::Union, 0);
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

    // The three gluteals, grown from their measured mid-sheets; gluteus medius and maximus leave room
    // for the trochanteric bursa, maximus also for the ischiogluteal bursa.
    const double h = ctx.quick ? 2.0 : 1.5;
    auto make = [&](const std::string& id, int full, int low, auto&& bursae) {
        Grid g = measuredField(id, h, kScale, kGrow);
        carveBones(ctx, g, 0.6);
        carveNerves(ctx, g);
        g.apply(Box{g.origin(), g.origin() + V3(g.nx() - 1, g.ny() - 1, g.nz() - 1) * g.h()}, bursae, Op::Subtract, 1.5);
        out.push_back(keepAndPolygonise(ctx, id, std::move(g), full, low));
    };
    auto none = [](const V3&) { return double(Grid::kFar); };
    make("gluteus_minimus", 8000, 2000, none);
    make("gluteus_medius", 11000, 2600, [&](const V3& q) { return trochBursa(q) - 0.6; });
    make("gluteus_maximus", 15000, 3600, [&](const V3& q) {
        return std::min(sdEllipsoid(q, ib.c, ib.R, ib.r) - 0.6, trochBursa(q) - 0.6);
    });
    return out;
}

}  // namespace atlasgen
