#pragma once
// A section stack: a tube-like part of a bone described the way tools/atlas-measure measures it. Along a
// straight axis, at a few heights, a section centre and the section outline as radii from that centre at
// evenly spaced angles (angle 0 along the reference direction made perpendicular to the axis, 90 degrees
// along axis x reference). Between sections the centre and radii follow cubic Hermite curves; around a
// section the radii follow a periodic Catmull-Rom curve. Millimetres, in the frame the bone is built in.
#include "sdf_grid.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace atlasgen {

class SectionStack {
public:
    // {"origin", "axis", "reference", "heights", "centres" [[u, v]...], "radii" [[r...]...]}, and where the
    // stack was measured on part of a bone, that part: "keep_planes" [{"point", "normal"}...] (the side the
    // normal points to) and "keep_ball" {"centre", "radius"}; the stack keeps to it. `what` names the
    // parameter set in error messages.
    static SectionStack fromJson(const nlohmann::json& j, const std::string& what);

    // Approximate signed distance (mm): exact on the surface, scaled by the outline's slope elsewhere.
    double distance(const V3& p) const;
    Box bounds() const;
    // The surface point of the section at height h in the direction of angle theta (radians).
    V3 surfacePoint(double h, double theta) const;
    V3 centreAt(double h) const;
    const std::vector<double>& heights() const { return heights_; }

private:
    void tabulate();
    struct Row {
        double u, v;
        std::vector<double> r, drdh;
    };
    Row rowAt(double h) const;
    double radiusAt(const Row& row, double theta, double* dtheta) const;

    double keep(const V3& p) const;  // signed distance to the kept part (planes and ball), mm

    V3 origin_, axis_, e1_, e2_;
    std::vector<std::pair<V3, V3>> keepPlanes_;  // point, unit normal
    V3 ballCentre_ = V3::Zero();
    double ballRadius_ = 0;  // 0: no ball
    std::vector<double> heights_;
    std::vector<std::array<double, 2>> centres_;
    std::vector<std::vector<double>> radii_;
    double step_ = 0.5;
    std::vector<Row> table_;  // every step_ mm from heights_.front()
};

// Combines the stack into the grid.
void addStack(Grid& g, const SectionStack& stack, Op op, double k);

}  // namespace atlasgen
