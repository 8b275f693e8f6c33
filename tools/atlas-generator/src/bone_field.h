#pragma once
// Finishing a bone's signed distance field before it is polygonised.
#include "sdf_grid.h"

namespace atlasgen {

// One pass of a [1 2 1] / 4 filter along each axis: where measured parts meet, the surface loses creases,
// flaps and cracks thinner than the grid (which would break it), and keeps every shape a few cells across.
void smoothField(Grid& g);

}  // namespace atlasgen
