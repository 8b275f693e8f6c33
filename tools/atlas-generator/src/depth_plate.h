#pragma once
// A depth plate: a plate-like bone (the hip bone, the sacrum) seen along one direction, the way
// tools/atlas-measure measures it. In the plate's plane (axes e1 = reference made perpendicular to the
// normal, e2 = normal x e1) a regular grid holds, at each node inside the bone, the depth of the bone's
// mid-surface along the normal and its half thickness; the bone's outline and its holes (the obturator
// foramen, the sacral foramina) are closed curves in the plane. Between nodes the fields follow bicubic
// Catmull-Rom patches; the curves are closed centripetal Catmull-Rom curves. Millimetres, in the bone's
// build frame.
#include "sdf_grid.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace atlasgen {

class DepthPlate {
public:
    // {"origin", "normal", "reference", "grid": {"a0", "b0", "step", "mid" [[...]], "half" [[...]]} (null
    // outside the bone), "outline" [[a, b]...], "holes" [[[a, b]...]...], "edge_round"}, and where the plate
    // was measured on part of a bone, "keep_planes" [{"point", "normal"}...]: it keeps to the side of each
    // plane the normal points to.
    static DepthPlate fromJson(const nlohmann::json& j, const std::string& what);

    double distance(const V3& p) const;  // approximate signed distance, mm
    Box bounds() const;
    // Mid-surface point and half thickness at plane coordinates (a, b).
    V3 midPoint(double a, double b) const;
    double halfThickness(double a, double b) const;
    // Signed distance to the outline in the plane (negative inside the bone's outline and outside holes).
    double outlineDistance(double a, double b) const;

private:
    void fillOutside();
    void rasteriseOutline();
    double field(const std::vector<double>& f, double a, double b) const;

    V3 origin_, n_, e1_, e2_;
    std::vector<std::pair<V3, V3>> keepPlanes_;  // point, unit normal
    double a0_ = 0, b0_ = 0, step_ = 10, edgeRound_ = 2;
    int na_ = 0, nb_ = 0;
    std::vector<double> mid_, half_;  // nb_ rows of na_ nodes, filled outside the bone
    std::vector<std::vector<std::array<double, 2>>> curves_;  // outline first, then holes
    // The outline's signed distance on a fine raster over the grid.
    double ra0_ = 0, rb0_ = 0, rstep_ = 0.5;
    int rna_ = 0, rnb_ = 0;
    std::vector<float> outline_;
};

void addPlate(Grid& g, const DepthPlate& plate, Op op, double k);

}  // namespace atlasgen
