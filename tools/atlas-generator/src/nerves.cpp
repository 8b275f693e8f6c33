// The nerves of the back of the hip and thigh (atlas frame, mm): the sciatic nerve from the sacral plexus
// through the greater sciatic foramen to its division above the knee, the tibial and common fibular nerves
// below it, and the posterior femoral cutaneous nerve. Their courses run through the gaps between the
// measured muscles (points chosen for the most room around the nerve, beside the scan, in the atlas frame);
// below the knee they follow our tibia and fibula. Built before the muscles, which leave room for them.
#include "frames.h"
#include "soft_tissue.h"

namespace atlasgen {

namespace {

V3 tib(double x, double y, double z) { return tibiaToAtlas(V3(x, y, z)); }

Grid nerve(const Context& ctx, const std::vector<V3>& ctrl, const std::vector<std::pair<double, double>>& radius,
           double h) {
    auto balls = tubeSpheres(ctrl, radius, 0.5);
    Grid g = gridAround(balls, h);
    g.splat(balls, Op::Union, 1.0);
    carveBones(ctx, g, 0.8, 1.0);
    return g;
}

}  // namespace

// Where the sciatic nerve divides: the apex of the popliteal fossa, about 9 cm above the knee joint
// (usually 5-10 cm; the level varies).
const V3& sciaticDivision() {
    static const V3 p(-78.5, -405.0, 84.7);
    return p;
}

std::vector<Built> buildNerves(Context& ctx) {
    const double h = ctx.quick ? 1.5 : 1.0;
    std::vector<Built> out;
    const auto& T = tuberosity();
    // At the middle of the tuberosity the nerve lies 1.2 cm lateral to its lateral edge (Miller 2007).
    const double rN = 5.3;
    const V3 atTub(-110.0, T.axisPoint.y(), tuberosityLateralEdge(ctx, T.axisPoint.y()) + kNerveGapToTuberosity + rN);
    {
        // From the sacral plexus out below piriformis (flat, thinner, in the foramen), on the short lateral
        // rotators past the tuberosity, deep to the long head of biceps femoris where it crosses, and down
        // between it, semimembranosus and adductor magnus.
        std::vector<V3> trunk = {{-100, -30, 46},   {-106, -44, 46},    {-113, -50, 47},    {-119, -55, 51},
                                 {-122, -60, 58},   {-123, -66, 67},    {-121, -75, 79},    {-116, -86, 87},
                                 atTub,             {-106, -118, 88},   {-100, -135, 86},   {-95, -150, 89},
                                 {-87, -165, 90},   {-83, -180, 87},    {-81, -195, 77},    {-82, -210, 67.5},
                                 {-82.8, -225, 66}, {-81.6, -245, 70},  {-82, -265, 73},    {-82.5, -285, 73},
                                 {-82.2, -305, 75.3}, {-81.7, -325, 77.2}, {-81, -345, 80.5}, {-80, -365, 82.8},
                                 {-78.5, -385, 83.9}, sciaticDivision()};
        Grid g = nerve(ctx, trunk, {{0, 4.6}, {0.07, 4.0}, {0.16, rN}, {0.3, rN}, {0.5, 5.0}, {1, 4.6}}, h);
        out.push_back(keepAndPolygonise(ctx, "sciatic_nerve", std::move(g), 5000, 1200));
    }
    const V3 split = sciaticDivision() + V3(0, 3, 0);  // the branches start inside the end of the trunk
    {
        // Tibial nerve: straight down the middle of the popliteal fossa, then deep in the calf behind the
        // tibia, to where the skin ends at mid-calf.
        std::vector<V3> c = {split + V3(0, 2, 0), {-81, -430, 86}, {-86, -452, 85}, tib(-20, -15, 1), tib(-28, -45, 4),
                             tib(-29, -100, 4), tib(-25, -160, 2), tib(-22, -200, 2)};
        Grid g = nerve(ctx, c, {{0, 3.4}, {0.4, 3.0}, {1, 2.6}}, h);
        out.push_back(keepAndPolygonise(ctx, "tibial_nerve", std::move(g), 2500, 600));
    }
    {
        // Common fibular nerve: along the medial border of biceps femoris, behind the fibular head, round
        // the neck of the fibula.
        std::vector<V3> c = {split, {-81, -428, 89}, {-90, -452, 99}, {-98, -475, 109}, tib(-26, -40, 34),
                             tib(-28, -62, 38), tib(-22, -82, 43), tib(-8, -92, 46)};
        Grid g = nerve(ctx, c, {{0, 2.8}, {0.5, 2.4}, {1, 1.9}}, h);
        out.push_back(keepAndPolygonise(ctx, "common_fibular_nerve", std::move(g), 2000, 500));
    }
    {
        // Posterior femoral cutaneous nerve: below piriformis, behind the sciatic nerve, past the lateral side
        // of the tuberosity under gluteus maximus, then down the middle of the back of the thigh on the
        // hamstrings to the popliteal fossa and the top of the calf.
        std::vector<V3> c = {{-124, -60, 66},   {-125, -80, 69},   {-124.5, -100, 72}, {-120, -120, 76},
                             {-119, -140, 68},  {-122, -170, 65},  {-125, -210, 68},   {-127, -255, 70.8},
                             {-126, -300, 73},  {-125.5, -345, 74}, {-124, -390, 78},  {-119.5, -420, 82.5},
                             {-116, -450, 85},  {-114.4, -480, 86}, {-113.6, -520, 86}};
        Grid g = nerve(ctx, c, {{0, 1.8}, {0.5, 1.5}, {1, 1.2}}, h);
        out.push_back(keepAndPolygonise(ctx, "posterior_femoral_cutaneous_nerve", std::move(g), 2000, 500));
    }
    return out;
}

}  // namespace atlasgen
