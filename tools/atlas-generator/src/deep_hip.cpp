// The deep structures around the hamstring origin (atlas frame, mm): piriformis, obturator internus,
// quadratus femoris and adductor magnus grown from their measured mid-sheets; the gemelli along the measured
// obturator internus tendon; the sacrotuberous ligament from the sacrum to the tuberosity. The gemelli and
// the ligament have no scan: they are placed on measured landmarks and sized from standard anatomy.
#include "mid_sheet.h"
#include "soft_tissue.h"

namespace atlasgen {

namespace {

// Moves p onto the surface of a bone (along its distance gradient), `lift` mm outside it.
V3 ontoBone(const Context& ctx, const std::string& bone, V3 p, double lift) {
    if (ctx.boneDistance(bone, p) >= Grid::kFar) p = nearestBoneSurface(ctx, bone, p);
    for (int i = 0; i < 8; ++i) {
        double d = ctx.boneDistance(bone, p);
        if (d >= Grid::kFar) break;
        p -= ctx.boneGradient(bone, p) * (d - lift);
    }
    return p;
}

// A tube of balls along a curve through ctrl, radius from a profile over its length.
Grid tube(const std::vector<V3>& ctrl, const std::vector<std::pair<double, double>>& radius, double h) {
    auto balls = tubeSpheres(ctrl, radius, 0.6);
    Grid g = gridAround(balls, h);
    g.splat(balls, Op::Union, 1.0);
    return g;
}

// The sacrotuberous ligament: a band from the posterior iliac spine and the lateral border of the lower
// sacrum, narrowing to about 1.5 cm, then widening a little onto the medial margin of the tuberosity;
// 4-6 mm thick (standard anatomy). Its ends are laid onto our bones so that it reaches both.
Built buildSacrotuberousLigament(Context& ctx, double h) {
    const auto& L = scanLandmarks();
    std::vector<V3> lower, upper;
    for (const V3& p : L.at("tuberosity_medial")) lower.push_back(p);
    upper.push_back(L.at("posterior_iliac_spine")[0]);
    for (const V3& p : L.at("sacral_border")) upper.push_back(p);
    const int K = 4;
    auto resampled = [&](const std::vector<V3>& line) {
        std::vector<V3> r;
        for (int k = 0; k < K; ++k) r.push_back(catmullRom(line, double(k) / (K - 1)));
        return r;
    };
    lower = resampled(lower);
    upper = resampled(upper);
    for (auto& p : lower) p = ontoBone(ctx, "pelvis", p, 0.8);
    upper[0] = ontoBone(ctx, "pelvis", upper[0], 0.8);
    for (int k = 1; k < K; ++k) upper[k] = ontoBone(ctx, "sacrum", upper[k], 0.8);
    auto centre = [](const std::vector<V3>& line) {
        V3 c = V3::Zero();
        for (const V3& p : line) c += p;
        return V3(c / double(line.size()));
    };
    const V3 cl = centre(lower), cu = centre(upper);
    // (fraction from tuberosity to sacrum, width factor, half-thickness mm)
    const double sections[][3] = {{0.0, 1.0, 2.4}, {0.3, 0.55, 2.8}, {0.55, 0.4, 2.8}, {0.8, 0.7, 2.6}, {1.0, 1.0, 2.4}};
    MidSheet m;
    m.sections = 5;
    m.points = K;
    for (const auto& [f, w, r] : sections)
        for (int k = 0; k < K; ++k) {
            V3 c = cl + (cu - cl) * f;
            V3 off = (lower[k] - cl) * (1 - f) + (upper[k] - cu) * f;
            m.mid.push_back(c + off * w);
            m.radius.push_back(r);
        }
    auto balls = sheetSpheres(m, 1.0, 0.0);
    Grid g = gridAround(balls, h);
    g.splat(balls, Op::Union, 0);
    carveBones(ctx, g, 0.3, 1.0);
    return keepAndPolygonise(ctx, "sacrotuberous_ligament", std::move(g), 3000, 1200);
}

}  // namespace

std::vector<Built> buildDeepHip(Context& ctx) {
    const double h = ctx.quick ? 2.0 : 1.2;
    std::vector<Built> out;
    // Scales (and growth, mm) chosen for the measured volumes, as for the hamstrings.
    auto measured = [&](const std::string& id, double scale, double grow) {
        Grid g = measuredField(id, id == "adductor_magnus" && !ctx.quick ? 1.5 : h, scale, grow);
        carveBones(ctx, g, 0.5);
        carveNerves(ctx, g);
        return g;
    };
    out.push_back(keepAndPolygonise(ctx, "piriformis", measured("piriformis", 1.02, 0.5), 4000, 1000));
    out.push_back(keepAndPolygonise(ctx, "obturator_internus", measured("obturator_internus", 1.0, 0.3), 6000, 1500));
    out.push_back(keepAndPolygonise(ctx, "quadratus_femoris", measured("quadratus_femoris", 1.0, 0.3), 3500, 900));
    {
        Grid g = measured("adductor_magnus", 1.05, 0.5);
        for (const char* other : {"semimembranosus", "semimembranosus_tendon", "quadratus_femoris"})
            carveSoft(ctx, g, other, 0.3);
        out.push_back(keepAndPolygonise(ctx, "adductor_magnus", std::move(g), 12000, 2800));
    }
    // The gemelli run along the upper and lower borders of the obturator internus tendon, from the ischial
    // spine and the top of the tuberosity to the medial greater trochanter; about 1 and 1.2 cm across
    // (standard anatomy; the inferior is usually the larger).
    {
        const auto& L = scanLandmarks();
        std::vector<V3> tendon = L.at("obturator_internus_tendon");
        tendon.push_back(L.at("obturator_internus_insertion")[0]);
        auto along = [&](const V3& origin, double dy) {
            std::vector<V3> c{origin};
            for (size_t i = 1; i < tendon.size(); ++i) c.push_back(tendon[i] + V3(0, dy * (i + 1 < tendon.size() ? 1.0 : 0.5), 0));
            return c;
        };
        V3 spine = ontoBone(ctx, "pelvis", L.at("ischial_spine")[0], 2.0);
        V3 top = ontoBone(ctx, "pelvis", L.at("tuberosity_top")[0], 2.0);
        Grid sup = tube(along(spine + V3(0, 2, 6), 6.5), {{0, 3.5}, {0.3, 4.6}, {0.75, 4.2}, {1, 2.5}}, h);
        carveBones(ctx, sup, 0.4);
        carveSoft(ctx, sup, "obturator_internus", 0.2);
        carveSoft(ctx, sup, "piriformis", 0.3);
        carveNerves(ctx, sup);
        out.push_back(keepAndPolygonise(ctx, "gemellus_superior", std::move(sup), 2000, 500));
        Grid inf = tube(along(top + V3(0, 0, 6), -7.0), {{0, 4.5}, {0.3, 5.8}, {0.75, 5.0}, {1, 2.8}}, h);
        carveBones(ctx, inf, 0.4);
        for (const char* other : {"obturator_internus", "quadratus_femoris"}) carveSoft(ctx, inf, other, 0.3);
        carveNerves(ctx, inf);
        out.push_back(keepAndPolygonise(ctx, "gemellus_inferior", std::move(inf), 2000, 500));
    }
    out.push_back(buildSacrotuberousLigament(ctx, h));
    return out;
}

}  // namespace atlasgen
