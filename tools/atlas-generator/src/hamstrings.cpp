// The hamstrings and their proximal tendons, grown from the mid-sheets measured on the scan
// (params/muscles_scan.json): bellies, distal tendons, the conjoint tendon (tops of semitendinosus and
// biceps femoris long head) and the semimembranosus tendon. Atlas frame, mm.
#include "mid_sheet.h"
#include "soft_tissue.h"

namespace atlasgen {

namespace {
// Measured half-thickness r -> r * scale + kGrow mm (see measuredField); scales chosen for the measured volume.
constexpr double kGrow = 0.5;
// The conjoint tendon: the tops of semitendinosus and biceps femoris long head, joined at the origin into one
// tendon (the scan keeps them apart) and parting below it.
Grid conjointField(double h, double scale) {
    const auto& parts = midSheets("conjoint_tendon");
    std::vector<Sphere> balls;
    for (const auto& part : parts) {
        auto b = sheetSpheres(part, scale, kGrow);
        balls.insert(balls.end(), b.begin(), b.end());
    }
    const MidSheet& a = parts.at(0);
    const MidSheet& b = parts.at(1);
    auto thickest = [](const MidSheet& m, int s) {
        double r = 0;
        for (int k = 0; k < m.points; ++k) r = std::max(r, m.r(s, k));
        return r;
    };
    const int top = std::min(a.sections, b.sections) - 1;
    for (int s = top; s >= top - 1 && s >= 0; --s) {
        const double w = s == top ? 1.0 : 0.6;
        const V3 pa = a.at(a.sections - 1 - (top - s), a.points / 2), pb = b.at(b.sections - 1 - (top - s), b.points / 2);
        const double r = w * 0.8 * std::min(thickest(a, a.sections - 1 - (top - s)), thickest(b, b.sections - 1 - (top - s)));
        for (double t = 0; t <= 1.0; t += 0.05) balls.push_back({pa + (pb - pa) * t, std::max(r, 1.5)});
    }
    Grid g = gridAround(balls, h);
    g.splat(balls, Op::Union, 2.0);
    return g;
}

}  // namespace

std::vector<Built> buildHamstrings(Context& ctx) {
    std::vector<Built> out;
    // Tendons on a finer grid than the bellies: they are a few millimetres thick.
    auto make = [&](const std::string& id, double h, double scale, int full, int low, double boneGap) {
        h = ctx.quick ? 2.0 : h;
        Grid g = id == "conjoint_tendon" ? conjointField(h, scale) : measuredField(id, h, scale, kGrow);
        // Not the tibia and fibula: the distal tendons insert there, on the scanned subject's knee, which
        // is bent a little differently from ours.
        carveBones(ctx, g, boneGap, 1.5, 4.0, {"pelvis", "sacrum", "femur"});
        carveNerves(ctx, g);
        out.push_back(keepAndPolygonise(ctx, id, std::move(g), full, low));
    };
    // The tendons' budgets keep their vertices about as dense as the bellies'.
    make("conjoint_tendon", 1.0, 1.1, 1000, 400, 0.3);
    make("semimembranosus_tendon", 1.0, 1.1, 1600, 500, 0.3);
    make("semimembranosus", 1.4, 1.1, 10000, 2600, 0.6);
    make("semitendinosus", 1.4, 1.05, 8000, 2200, 0.6);
    make("biceps_femoris_long_head", 1.4, 1.1, 10000, 2600, 0.6);
    make("biceps_femoris_short_head", 1.4, 1.1, 6000, 1800, 0.6);
    return out;
}

}  // namespace atlasgen
