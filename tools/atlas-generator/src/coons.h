#pragma once
// Thick Coons patches: plate-like bone (iliac wing, quadrilateral plate, sacral wings) from four
// border curves, bowed along the patch normal and thickened by a field that varies across it.
#include "sdf_grid.h"

#include <functional>

namespace atlasgen {

struct CoonsPatch {
    // c0(u) bottom, c1(u) top, d0(v) left, d1(v) right; corners must agree:
    // c0(0)=d0(0), c0(1)=d1(0), c1(0)=d0(1), c1(1)=d1(1). Each a list of control points.
    std::vector<V3> c0, c1, d0, d1;
    V3 at(double u, double v) const;
    V3 normal(double u, double v) const;  // unit, orientation from du x dv
};

// Spheres covering the thickened patch: bow(u,v) displaces along the normal (mm), halfThick(u,v)
// is the sphere radius. Samples are spaced below half the local radius.
std::vector<Sphere> thickPatch(const CoonsPatch& patch,
                               const std::function<double(double, double)>& bow,
                               const std::function<double(double, double)>& halfThick,
                               double maxStep);

}  // namespace atlasgen
