#pragma once
// Steps shared by the soft-tissue builders: a field grown from measured mid-sheets, the bones and
// neighbours carved out of it, and the field kept (ctx.soft) for what is built after it and for the skin.
#include "structures.h"

namespace atlasgen {

// A grid of spacing h around the balls, with pad mm to spare.
Grid gridAround(const std::vector<Sphere>& balls, double h, double pad = 6.0);
// The union of a measured structure's parts (mid_sheet.h). Each half-thickness r becomes r * scale + grow:
// the balls touch the surface only where they were measured, and fill a little less than the muscle.
Grid measuredField(const std::string& id, double h, double scale, double grow);
// Removes the bones' outer layer (depth mm deep) and gap mm around them (smooth by k mm). Only a layer: where
// a structure measured on the scan runs deeper into one of our bones (shaped apart from it), it stays inside,
// out of sight. A carve that would cut the structure in pieces is made shallower, or left out (false).
// `only`: these bones alone (default all).
bool carveBones(const Context& ctx, Grid& g, double gap, double k = 1.5, double depth = 4.0,
                const std::vector<std::string>& only = {});
// Removes a soft structure built before (ctx.soft) and gap mm around it, unless that cuts g in pieces (false).
bool carveSoft(const Context& ctx, Grid& g, const std::string& other, double gap, double k = 1.0);
// Removes every nerve built so far (and gap mm around it): muscles leave room for the nerves between them.
void carveNerves(const Context& ctx, Grid& g, double gap = 0.5);
// Voxel counts of the connected parts well inside the field (below -0.3 voxel), largest first.
std::vector<size_t> insideParts(const Grid& g);
// Keeps the field in ctx.soft under id and polygonises it to the two budgets.
Built keepAndPolygonise(Context& ctx, const std::string& id, Grid g, int full, int low, int smooth = 20);

// The surface voxel of a bone nearest to p (atlas frame). The bone fields are narrow bands: a point farther
// from the bone than the band has no distance to follow.
V3 nearestBoneSurface(const Context& ctx, const std::string& bone, const V3& p);

}  // namespace atlasgen
