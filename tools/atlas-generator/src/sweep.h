#pragma once
// Swept surfaces for muscles and tendons: rings of (optionally lobed) ellipses along a spline,
// cross-section following a belly profile, capped ends. Closed, outward-oriented.
#include "core/mesh.h"
#include "geom.h"

#include <functional>

namespace atlasgen {

struct SweepSpec {
    std::vector<V3> ctrl;                        // centreline control points (atlas mm)
    std::function<double(double)> wide, thin;    // half widths along arc length s in [0,1]
    std::function<V3(double)> wideHint;          // direction of the wide axis along s
    std::function<V3(double)> shift;             // optional centre offset (mm) along s
    std::function<double(double, double)> lobe;  // optional radial factor (s, theta)
    int rings = 120, around = 32;
};

av::Mesh sweep(const SweepSpec& spec);
// Ring centres of the sweep (for pushing out and tests).
std::vector<V3> sweepCentreline(const SweepSpec& spec);
// Moves the vertices of m that lie inside the swept solid `other` (or within margin mm of it) out to
// its surface, radially from its centreline. Returns how many moved.
int pushOutOfSweep(av::Mesh& m, const SweepSpec& other, double margin);

}  // namespace atlasgen
