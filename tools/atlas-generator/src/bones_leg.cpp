// Tibia, fibula and patella in the Gait2392 tibia frame (origin: knee centre), mm, each one section stack
// measured on BodyParts3D (params/tibia.json, fibula.json, patella.json) and placed as the scanned knee
// holds them under the femur; Gait2392's hamstring insertions kept on the bone.
#include "bone_field.h"
#include "bone_params.h"
#include "frames.h"
#include "section_stack.h"
#include "structures.h"

namespace atlasgen {

namespace {

void toAtlasFrame(Built& b) {
    V3 off = hipCentre() + kneeOffset();
    transform(b.lod.full, 1.0, off);
    transform(b.lod.low, 1.0, off);
}

// A Gait2392 insertion that lies off the scanned bone gets a small tubercle reaching it, grown from the
// bone along the field's gradient and blended into the surface.
void tubercleTo(Grid& g, const V3& point, double radius, double blend) {
    const double d = g.sample(point);
    if (d <= 0.5) return;
    const V3 out = g.gradient(point);
    const V3 base = point - out * (d + radius * 0.5);
    const V3 tip = point - out * radius;
    g.splat(tubeSpheres({base, tip}, {{0, radius}, {1, radius}}, 0.5), Op::Union, blend);
}

Built stackBone(Context& ctx, const std::string& id, int full, int low, double h,
                const std::vector<std::pair<const char*, double>>& insertions) {
    const SectionStack s = SectionStack::fromJson(boneParams(id).at("stack"), id + ".json stack");
    Grid g(s.bounds().grown(4), h);
    addStack(g, s, Op::Union, 0.0);
    for (auto [landmarkId, radius] : insertions) tubercleTo(g, landmark(landmarkId).p, radius, 4.0);
    smoothField(g);
    Built b{id, polygonise(g, ctx.tris(full), low)};
    if (id != "patella") {
        ctx.bones[id].grid = std::make_unique<Grid>(std::move(g));
        ctx.bones[id].offset = hipCentre() + kneeOffset();
    }
    toAtlasFrame(b);
    return b;
}

}  // namespace

Built buildTibia(Context& ctx) {
    // Semimembranosus on the posteromedial condyle; semitendinosus at the pes anserinus.
    return stackBone(ctx, "tibia", 12000, 2800, ctx.h,
                     {{"semimembranosus_insertion", 5.0}, {"semitendinosus_insertion", 5.0}});
}

Built buildFibula(Context& ctx) {
    // The biceps femoris inserts on the head's apex (styloid).
    return stackBone(ctx, "fibula", 6000, 1300, ctx.h, {{"biceps_femoris_insertion", 4.5}});
}

Built buildPatella(Context& ctx) {
    // Sits on the femoral trochlea with the knee as scanned; moves with the tibia.
    return stackBone(ctx, "patella", 2500, 600, std::min(ctx.h, 1.0), {});
}

}  // namespace atlasgen
