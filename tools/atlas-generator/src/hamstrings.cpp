// The hamstrings as swept surfaces along the Gait2392 paths (atlas frame, mm): proximal tendons from
// the tuberosity footprints, fusiform / pennate bellies, tapering distal tendons.
#include "frames.h"
#include "structures.h"
#include "sweep.h"

namespace atlasgen {

namespace {

V3 tib(double x, double y, double z) { return tibiaToAtlas(V3(x, y, z)); }
V3 fem(double x, double y, double z) { return femurToAtlas(V3(x, y, z)); }

// Profile from (s, value) knots.
std::function<double(double)> prof(std::vector<std::pair<double, double>> k) {
    return [k](double s) { return profile(k, s); };
}

// Pushes vertices that fall inside (or too near) the bones out along the bone gradient.
void pushOutOfBones(const Context& ctx, av::Mesh& m, double clearance) {
    for (auto& q : m.positions) {
        V3 p(q[0], q[1], q[2]);
        for (int it = 0; it < 4; ++it) {
            double best = Grid::kFar;
            std::string id;
            for (const auto& [bid, f] : ctx.bones) {
                double d = ctx.boneDistance(bid, p);
                if (d < best) best = d, id = bid;
            }
            if (best >= clearance || best >= Grid::kFar) break;
            p += ctx.boneGradient(id, p) * (clearance - best);
        }
        q = {float(p.x()), float(p.y()), float(p.z())};
    }
    finishMesh(m);
}

Built finish(const Context& ctx, const std::string& id, av::Mesh m, int budget, int low, double clearance,
             const std::vector<const SweepSpec*>& avoid = {}) {
    for (const SweepSpec* o : avoid) pushOutOfSweep(m, *o, 0.6);
    if (clearance > 0) pushOutOfBones(ctx, m, clearance);
    Built b{id, {}};
    b.lod.full = m.triangles.size() > size_t(budget) ? decimate(m, budget) : m;
    b.lod.low = decimate(m, low);
    return b;
}

}  // namespace

std::vector<Built> buildHamstrings(Context& ctx) {
    const auto& T = tuberosity();
    const V3 oSM = landmark("semimembranosus_origin").p;
    const V3 oST = landmark("semitendinosus_origin").p;
    const V3 oBF = landmark("biceps_femoris_long_head_origin").p;
    const V3 down = T.axis;
    std::vector<Built> out;
    const V3 zHint(0, 0, 1);

    // --- proximal tendons ------------------------------------------------------------------
    // Conjoint tendon (ST + BFlh): 3.4 x 1.0 cm 1 cm below the origin (Feucht 2015), thinning to the
    // junction with the bellies about 7 cm down.
    const V3 cjO = 0.5 * (oST + oBF);
    const V3 cjEnd = V3(-130, -158, 74);
    SweepSpec cj;
    cj.ctrl = {cjO - down * 8 + V3(5, 0, 0), cjO + V3(-3, -12, 0), V3(-131, -138, 72), cjEnd};
    cj.wide = prof({{0, 9}, {0.15, 15}, {0.5, 13}, {1, 12}});
    cj.thin = prof({{0, 4}, {0.15, 5}, {0.6, 4}, {1, 4.5}});
    cj.wideHint = [](double) { return V3(0.15, 0, 1); };
    cj.rings = 50;
    out.push_back(finish(ctx, "conjoint_tendon", sweep(cj), 3000, 900, 0.8));
    // Semimembranosus tendon: 4.2 x 0.8 cm (Feucht), anterolateral, deep to the conjoint tendon,
    // long and flat, down to about 13 cm below the origin.
    const V3 smEnd = V3(-112, -200, 78);
    SweepSpec smt;
    smt.ctrl = {oSM - down * 10 + V3(5, 0, -3), oSM + V3(1, -16, 3), V3(-116, -150, 80), smEnd};
    smt.wide = prof({{0, 10}, {0.1, 18}, {0.5, 15}, {1, 14}});
    smt.thin = prof({{0, 3.5}, {0.1, 4}, {1, 3}});
    smt.wideHint = [](double) { return V3(0.3, 0, 1); };
    smt.rings = 60;
    out.push_back(finish(ctx, "semimembranosus_tendon", sweep(smt), 3000, 900, 0.8, {&cj}));

    // --- muscles -------------------------------------------------------------------------------
    // Semimembranosus: belly in the lower half, broad and pennate, deep to semitendinosus; short
    // thick tendon to the posteromedial tibia.
    SweepSpec sm;
    sm.ctrl = {smEnd, V3(-104, -270, 76), V3(-98, -350, 70), V3(-104, -425, 66),
              tib(-34.8, -35.19, -18.91), tib(-27, -47.71, -19.57) + V3(-1.5, 0, -1.5)};
    sm.wide = prof({{0, 14}, {0.15, 21}, {0.45, 28}, {0.68, 25}, {0.84, 13}, {0.93, 7}, {1, 5}});
    sm.thin = prof({{0, 3}, {0.15, 11}, {0.45, 20}, {0.68, 18}, {0.84, 9}, {0.93, 5}, {1, 3.5}});
    sm.wideHint = [](double) { return V3(0.3, 0, 1); };
    out.push_back(finish(ctx, "semimembranosus", sweep(sm), 9000, 2200, 1.0));
    // Semitendinosus: from the medial half of the conjoint tendon; fusiform belly in the upper and
    // middle thigh, long round distal tendon around the medial condyle to the pes anserinus.
    SweepSpec st;
    st.ctrl = {cjEnd + V3(0, 0, -6), V3(-132, -210, 66), V3(-130, -290, 66), V3(-124, -370, 62),
              tib(-42.03, -28.59, -22.77), tib(-33.22, -52.82, -22.88), tib(-11.3, -74.6, -24.5),
              tib(2.7, -95.6, -19.3) + V3(0, 0, -2)};
    st.wide = prof({{0, 6}, {0.08, 12}, {0.28, 20}, {0.45, 18}, {0.6, 9}, {0.7, 4}, {1, 3}});
    st.thin = prof({{0, 4.5}, {0.08, 9}, {0.28, 14}, {0.45, 13}, {0.6, 6}, {0.7, 3}, {1, 2}});
    st.wideHint = [](double) { return V3(0.2, 0, 1); };
    out.push_back(finish(ctx, "semitendinosus", sweep(st), 9000, 2200, 1.0, {&sm}));
    // Biceps femoris long head: from the lateral half of the conjoint tendon end; belly mid-thigh,
    // distal tendon to the fibular head (Gait2392 path).
    SweepSpec bflh;
    bflh.ctrl = {cjEnd + V3(0, 0, 6), V3(-122, -200, 88), V3(-108, -280, 104), V3(-104, -360, 112),
              V3(-106, -430, 116), tib(-30.1, -36, 29.43), tib(-23.4, -56.3, 34.3) + V3(-1.5, 1.5, 0)};
    bflh.wide = prof({{0, 6}, {0.1, 13}, {0.33, 25}, {0.55, 24}, {0.75, 14}, {0.88, 6.5}, {1, 4}});
    bflh.thin = prof({{0, 4.5}, {0.1, 10}, {0.33, 19}, {0.55, 18}, {0.75, 10}, {0.88, 4}, {1, 3}});
    bflh.wideHint = [](double) { return V3(0.2, 0, 1); };
    out.push_back(finish(ctx, "biceps_femoris_long_head", sweep(bflh), 9000, 2200, 1.0, {&st, &sm}));
    // Biceps femoris short head: fleshy origin along the linea aspera / lateral supracondylar line,
    // joining the long head's tendon.
    SweepSpec bfsh;
    V3 o = fem(5, -211.1, 23.4);
    bfsh.ctrl = {o + V3(-3, 8, 0), fem(-6, -270, 32), fem(-14, -330, 38), V3(-102, -440, 120),
              tib(-30.1, -36, 29.43) + V3(2, 0, 2), tib(-23.4, -56.3, 34.3) + V3(1, 1.5, 1.5)};
    bfsh.wide = prof({{0, 6}, {0.15, 12}, {0.5, 16}, {0.75, 10}, {0.9, 5}, {1, 3.5}});
    bfsh.thin = prof({{0, 4}, {0.15, 7}, {0.5, 10}, {0.75, 7}, {0.9, 3.5}, {1, 2.5}});
    bfsh.wideHint = [](double) { return V3(-1, 0, 0.6); };
    out.push_back(finish(ctx, "biceps_femoris_short_head", sweep(bfsh), 6000, 1500, 1.0));
    return out;
}

}  // namespace atlasgen
