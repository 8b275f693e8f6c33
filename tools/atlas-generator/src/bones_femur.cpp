// Right femur in the Gait2392 femur frame (origin at the head centre), mm; written in the atlas frame.
// Measured on BodyParts3D (params/femur.json): section stacks for the shaft with the trochanters (along the
// shaft, down to the roof of the intercondylar notch), for the condyles (their sagittal profiles, along the
// medio-lateral axis) and for the neck (along its own axis); the head a sphere about the hip centre.
#include "bone_field.h"
#include "bone_params.h"
#include "frames.h"
#include "section_stack.h"
#include "structures.h"

namespace atlasgen {

Built buildFemur(Context& ctx) {
    const auto& params = boneParams("femur");
    std::vector<SectionStack> stacks;
    for (const char* part : {"shaft", "neck", "condyles"})
        stacks.push_back(SectionStack::fromJson(params.at(part), std::string("femur.json ") + part));
    const double r = femoralHeadRadius();
    Box box = Box::around(V3::Zero(), r + 2);
    for (const auto& s : stacks) box.add(s.bounds());
    Grid g(box.grown(4), ctx.h);
    addStack(g, stacks[0], Op::Union, 0.0);
    addStack(g, stacks[1], Op::Union, 3.0);
    addStack(g, stacks[2], Op::Union, 6.0);  // the condyles meet the shaft without a crease
    g.apply(Box::around(V3::Zero(), r + 2), [r](const V3& p) { return sdSphere(p, V3::Zero(), r); }, Op::Union,
            2.0);
    smoothField(g);

    Built b{"femur", polygonise(g, ctx.tris(20000), 4500)};
    transform(b.lod.full, 1.0, hipCentre());
    transform(b.lod.low, 1.0, hipCentre());
    ctx.bones["femur"].grid = std::make_unique<Grid>(std::move(g));
    ctx.bones["femur"].offset = hipCentre();
    return b;
}

}  // namespace atlasgen
