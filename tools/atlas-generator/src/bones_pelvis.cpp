// Right hip bone and sacrum with coccyx, in the pelvis frame (mm), measured on BodyParts3D
// (params/hip_bone.json, params/sacrum.json): the ilium and the obturator ring as depth plates, the
// acetabulum as a section stack along the socket's axis, the sacrum one depth plate; the Gait2392 points
// the muscles need are kept on the bone.
#include "bone_field.h"
#include "bone_params.h"
#include "depth_plate.h"
#include "frames.h"
#include "section_stack.h"
#include "structures.h"

namespace atlasgen {

const Tuberosity& tuberosity() {
    // Axis chosen so that a circle about it passes through the three Gait2392 hamstring origins.
    static const Tuberosity t{V3(-121.9, -96.8, 58.9), V3(0.54, -0.72, -0.45).normalized(), -30.0, 24.0, 12.4};
    return t;
}

namespace {

// Keeps Gait2392 attachment points on the bone: where the scanned bone lies below them, a low, broad mound
// (the attachments' facet) rises to them: an ellipsoid flattened along the surface normal whose crown
// passes within a millimetre of the points, blended widely into the surface around it.
void raiseTo(Grid& g, const std::vector<V3>& points, double height, double spread, double blend) {
    V3 mid = V3::Zero(), normal = V3::Zero();
    int off = 0;
    for (const V3& p : points) {
        mid += p / double(points.size());
        if (g.sample(p) > 0.5) normal += g.gradient(p), ++off;
    }
    if (!off) return;
    normal.normalize();
    const V3 along = points.size() > 1 ? V3(points.back() - points.front()) : normal.unitOrthogonal();
    const double half = points.size() > 1 ? 0.5 * along.norm() : 0.0;
    const Eigen::Matrix3d R = frameFrom(normal, along);
    const V3 c = mid - normal * height;
    const V3 radii(height, half + spread, spread);
    g.apply(Box::around(c, half + spread + 2), [&](const V3& p) { return sdEllipsoid(p, c, R, radii); }, Op::Union,
            blend);
}

// The opposite, where the scanned bone stands above an attachment point (more than half a millimetre): a
// shallow facet, an ellipsoid flattened along the surface normal whose floor passes through the point.
void lowerTo(Grid& g, const V3& point, double depth, double spread, double blend) {
    if (g.sample(point) > -0.5) return;
    const V3 normal = g.gradient(point);
    const Eigen::Matrix3d R = frameFrom(normal, normal.unitOrthogonal());
    const V3 c = point + normal * depth;
    g.apply(Box::around(c, depth + spread + 2), [&](const V3& p) { return sdEllipsoid(p, c, R, V3(depth, spread, spread)); },
            Op::Subtract, blend);
}

Grid gridAround(Box box, double h) { return Grid(box.grown(4), h); }

}  // namespace

Built buildHipBone(Context& ctx) {
    const auto& params = boneParams("hip_bone");
    const DepthPlate ilium = DepthPlate::fromJson(params.at("ilium"), "hip_bone.json ilium");
    const DepthPlate ring = DepthPlate::fromJson(params.at("ring"), "hip_bone.json ring");
    const SectionStack cup = SectionStack::fromJson(params.at("acetabulum"), "hip_bone.json acetabulum");
    Box box = ilium.bounds();
    box.add(ring.bounds());
    Grid g = gridAround(box, ctx.h);
    addPlate(g, ilium, Op::Union, 0.0);
    // Wide blends: where two parts' surfaces nearly touch, a crack thinner than the grid would break the
    // surface.
    addPlate(g, ring, Op::Union, 5.0);
    addStack(g, cup, Op::Union, 5.0);
    // The hamstrings' Gait2392 origins lie up to about 7 mm behind the scanned tuberosity: the conjoint
    // tendon's facet (semitendinosus, biceps femoris) and the semimembranosus facet.
    raiseTo(g, {landmark("semitendinosus_origin").p, landmark("biceps_femoris_long_head_origin").p}, 9.0, 11.0, 8.0);
    raiseTo(g, {landmark("semimembranosus_origin").p}, 7.0, 11.0, 8.0);
    lowerTo(g, landmark("semimembranosus_origin").p, 6.0, 9.0, 4.0);  // ... or up to 5 mm inside it
    // The socket, a sphere about Gait2392's hip centre around the femoral head: nothing may refill it. A wide
    // blend rounds the rim where the sphere leaves the scanned cup at a grazing angle (a knife edge would
    // break the surface).
    const V3 H = hipCentre();
    const double socket = acetabulumRadius();
    // The scanned cup is a few millimetres wider than the sphere fitted to the scanned head (the cartilage
    // of both, and the deeper acetabular fossa): its wall is brought in to the socket wherever the cup
    // stands up to 7 mm behind it.
    {
        const Grid scanned = g;
        const double behind = socket + 7.0;
        g.apply(Box::around(H, behind), [&](const V3& p) {
            const V3 d = p - H;
            const double r = d.norm();
            if (r < 1e-6 || r > behind) return double(Grid::kFar);
            double wall = Grid::kFar;
            for (double at = socket + 1.5; at <= behind; at += 1.0) wall = std::min(wall, scanned.sample(H + d / r * at));
            return std::max(wall, r - behind);
        }, Op::Union, 2.0);
    }
    g.apply(Box::around(H, socket + 4), [&](const V3& p) { return sdSphere(p, H, socket); }, Op::Subtract, 3.0);
    smoothField(g);

    Built b{"pelvis", polygonise(g, ctx.tris(28000), 6000)};
    ctx.bones["pelvis"].grid = std::make_unique<Grid>(std::move(g));
    ctx.bones["pelvis"].offset = V3::Zero();
    return b;
}

Built buildSacrum(Context& ctx) {
    const DepthPlate plate = DepthPlate::fromJson(boneParams("sacrum").at("plate"), "sacrum.json plate");
    Grid g = gridAround(plate.bounds(), ctx.h);
    addPlate(g, plate, Op::Union, 0.0);
    smoothField(g);
    Built b{"sacrum", polygonise(g, ctx.tris(14000), 3000)};
    ctx.bones["sacrum"].grid = std::make_unique<Grid>(std::move(g));
    return b;
}

}  // namespace atlasgen
