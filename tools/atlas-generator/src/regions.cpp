// Selectable regions on the hip bone: the ischial tuberosity and the two hamstring origin
// footprints, as thin shells lying on the bone surface (closed surfaces, 1.4 mm thick).
#include "frames.h"
#include "structures.h"

namespace atlasgen {

namespace {

// Outward direction of the tuberosity's hamstring face (from the axis to the origins' centroid).
V3 faceNormal() {
    const auto& T = tuberosity();
    V3 m = (landmark("semimembranosus_origin").p + landmark("semitendinosus_origin").p +
            landmark("biceps_femoris_long_head_origin").p) / 3.0;
    V3 r = m - T.axisPoint;
    return (r - r.dot(T.axis) * T.axis).normalized();
}

Lod shellRegion(const Context& ctx, const std::function<double(const V3&)>& region, const Box& box,
                int budget, double lift) {
    Grid g(box, ctx.quick ? 0.7 : 0.45);
    g.apply(box, [&](const V3& p) {
        double d = ctx.boneDistance("pelvis", p);
        double shell = std::abs(d - (lift - 0.7)) - 0.7;  // from bone-0.7+lift.. to bone+0.7+lift
        return std::max(shell, region(p));
    }, Op::Union, 0.0);
    return polygonise(g, budget, budget / 3, 10);
}

}  // namespace

double tuberosityRegion(const V3& p) {
    const auto& T = tuberosity();
    static const V3 n = faceNormal();
    double cap = sdCapsule(p, T.axisPoint + T.axis * (T.tTop + 4), T.axisPoint + T.axis * (T.tBottom + 1),
                           T.radius + 6, T.radius + 4);
    V3 r = p - T.axisPoint;
    r -= r.dot(T.axis) * T.axis;
    double face = -(r.normalized().dot(n) + 0.35) * 10.0;  // keep the half facing the hamstrings
    return std::max(cap, face);
}

double tuberosityLateralEdge(const Context& ctx, double y) {
    const auto& T = tuberosity();
    double best = -1e9;
    for (double yy = y - 3; yy <= y + 3; yy += 0.5)
        for (double x = T.axisPoint.x() - 30; x <= T.axisPoint.x() + 30; x += 0.5)
            for (double z = T.axisPoint.z() + 35; z > best && z > T.axisPoint.z() - 20; z -= 0.25) {
                V3 p(x, yy, z);
                if (tuberosityRegion(p) <= 0 && ctx.boneDistance("pelvis", p) <= kRegionLift) {
                    best = std::max(best, z);
                    break;
                }
            }
    return best;
}

std::vector<Built> buildTuberosityRegions(Context& ctx) {
    const auto& T = tuberosity();
    const V3 n = faceNormal();
    std::vector<Built> out;
    Box box = Box::around(T.axisPoint + T.axis * (0.5 * (T.tTop + T.tBottom)), 34);
    // Whole tuberosity: the roughened posterior-inferior part of the ischium.
    out.push_back({"ischial_tuberosity", shellRegion(ctx, tuberosityRegion, box, 3000, kRegionLift)});

    const Eigen::Matrix3d R = frameFrom(T.axis, n);
    // Conjoint tendon footprint: oval 3.9 x 1.4 cm (Feucht 2015), posteromedial facet.
    V3 cj = 0.5 * (landmark("semitendinosus_origin").p + landmark("biceps_femoris_long_head_origin").p);
    V3 sm = landmark("semimembranosus_origin").p;
    V3 lateral = T.axis.cross(n).normalized();
    if (lateral.z() < 0) lateral = -lateral;
    cj += -lateral * 1.5;
    auto conj = [&](const V3& p) { return sdEllipsoid(p, cj, R, V3(19.5, 10, 7)); };
    // Semimembranosus footprint: crescent 4.5 x 1.2 cm (Feucht 2015), anterolateral, kept apart from
    // the conjoint footprint.
    V3 smc = sm + lateral * 1.0 - T.axis * 3.0;
    auto semi = [&](const V3& p) {
        return smax(sdEllipsoid(p, smc, R, V3(22.5, 10, 6)), -(conj(p) - 0.8), 1.0);
    };
    out.push_back({"conjoint_tendon_footprint", shellRegion(ctx, conj, box, 1500, 0.9)});
    out.push_back({"semimembranosus_footprint", shellRegion(ctx, semi, box, 1500, 0.9)});
    return out;
}

}  // namespace atlasgen
