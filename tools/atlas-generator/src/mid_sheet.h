#pragma once
// Soft tissue measured on the scan as mid-sheets (params/muscles_scan.json, written by
// tools/atlas-measure/soft_measure.py): S cuts across a muscle, K points along each cut's mid-line, and the
// half-thickness of the muscle at each point. The generator grows the muscle back as the union of balls
// centred on the interpolated mid-sheet. Atlas frame, mm.
#include "sdf_grid.h"

#include <map>
#include <string>
#include <vector>

namespace atlasgen {

struct MidSheet {
    int sections = 0, points = 0;
    std::vector<V3> mid;          // sections x points, row-major
    std::vector<double> radius;   // half-thickness at each mid point
    V3 at(int s, int k) const { return mid[size_t(s) * points + k]; }
    double r(int s, int k) const { return radius[size_t(s) * points + k]; }
};

// The parts a structure was measured in (throws naming the file when it is missing or malformed).
const std::vector<MidSheet>& midSheets(const std::string& id);

// Points measured on the scan's bones and muscles that place structures with no scan of their own (one or
// more points each, by name).
const std::map<std::string, std::vector<V3>>& scanLandmarks();

// Balls on the mid-sheet interpolated (Catmull-Rom across and along) about every `step` mm, thinned where
// the balls are large; each radius becomes r * scale + grow (grow makes up for balls only touching the
// surface at the measured points).
std::vector<Sphere> sheetSpheres(const MidSheet& sheet, double scale, double grow, double step = 1.0);

}  // namespace atlasgen
