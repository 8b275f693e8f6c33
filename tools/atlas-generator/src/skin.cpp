// Translucent skin of the right half of the pelvis and the right leg, from the waist to mid-calf (atlas frame,
// mm): the body's outline (lofted sections, standard proportions) joined smoothly with an envelope a few
// millimetres outside every structure built before it, so that nothing pokes through it in the neutral pose.
// The midline is a flat cut: the sacrum and the left side lie half or wholly outside this half-body skin.
#include "frames.h"
#include "soft_tissue.h"

namespace atlasgen {

namespace {

// An elliptical section of the outline at height y: centre (x, z) and half-widths (mm).
struct Section {
    double y, x, z, ax, az;
};

// The right half of the lower trunk and pelvis (centred on the midline), leaving the midline at the crotch,
// then the right thigh (about 15 cm across at mid-thigh), knee (11 cm) and calf (12 cm): standard proportions.
const std::vector<Section> kOutline = {
    {135, -72, 0, 82, 140},   {60, -75, 0, 90, 158},    {0, -78, 0, 96, 168},     {-70, -84, 0, 100, 170},
    {-125, -84, 84, 98, 84},  {-180, -72, 80, 88, 78},  {-260, -63, 79, 75, 67},  {-360, -60, 80, 66, 58},
    {-450, -62, 82, 57, 52},  {-510, -72, 84, 56, 50},  {-580, -86, 86, 58, 48},  {-640, -86, 87, 52, 45},
    {-720, -80, 88, 44, 39}};

// Distance (approximate, exact on the axes) to the loft of the sections, interpolated smoothly between them
// (Catmull-Rom on centre and half-widths).
double outline(const V3& p) {
    const auto& s = kOutline;
    const double y = std::clamp(p.y(), s.back().y, s.front().y);
    size_t i = 0;
    while (i + 2 < s.size() && y < s[i + 1].y) ++i;
    const double t = (s[i].y - y) / (s[i].y - s[i + 1].y);
    auto at = [&](size_t j) {
        const Section& q = s[std::min(j, s.size() - 1)];
        return Eigen::Vector4d(q.x, q.z, q.ax, q.az);
    };
    const Eigen::Vector4d p0 = at(i == 0 ? 0 : i - 1), p1 = at(i), p2 = at(i + 1), p3 = at(i + 2);
    const Eigen::Vector4d q = 0.5 * (2 * p1 + (p2 - p0) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t +
                                     (3 * p1 - p0 - 3 * p2 + p3) * t * t * t);
    const double e = std::hypot((p.x() - q[0]) / q[2], (p.z() - q[1]) / q[3]);
    return (e - 1.0) * std::min(q[2], q[3]);
}

constexpr double kTop = 115;      // the waist, above the iliac crests
constexpr double kBottom = -690;  // mid-calf

}  // namespace

Built buildSkin(Context& ctx) {
    const double h = ctx.quick ? 4.0 : 3.0;
    Grid g({V3(-260, kBottom - 15, -10), V3(90, kTop + 15, 235)}, h);
    const Box all{g.origin(), g.origin() + V3(g.nx() - 1, g.ny() - 1, g.nz() - 1) * h};
    g.apply(all, [&](const V3& p) { return outline(p); }, Op::Union, 0);
    // The envelope: every soft structure and bone with the tissue over it (a design choice: at least 6 mm,
    // about 2 cm of fat over the buttock).
    auto cover = [&](const Context::Field& f, double t) {
        const Grid& s = *f.grid;
        const Box box{s.origin() + f.offset, s.origin() + f.offset + V3(s.nx() - 1, s.ny() - 1, s.nz() - 1) * s.h()};
        g.apply(box.grown(t), [&](const V3& p) { return s.sample(p - f.offset) - t; }, Op::Union, 20.0);
    };
    for (const auto& [id, f] : ctx.soft) cover(f, id == "gluteus_maximus" ? 18.0 : 8.0);
    for (const auto& [id, f] : ctx.bones) cover(f, 8.0);
    // Cut at the waist, at mid-calf and at the midline (rounded).
    g.apply(all, [](const V3& p) { return std::max({p.y() - kTop, kBottom - p.y(), -p.z()}); }, Op::Intersect, 10.0);
    Built b{"skin", polygonise(g, 24000, 5000, 20)};
    return b;
}

}  // namespace atlasgen
