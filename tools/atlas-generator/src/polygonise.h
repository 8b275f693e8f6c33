#pragma once
// Grid -> triangle mesh with VTK: flying edges at iso 0, largest region, windowed-sinc smoothing,
// quadric decimation to a triangle budget, outward-consistent normals.
#include "core/mesh.h"
#include "sdf_grid.h"

namespace atlasgen {

struct Lod {
    av::Mesh full, low;
};

// The isosurface of the grid, smoothed, decimated to the two budgets (triangles). Coordinates stay
// in the grid's units.
Lod polygonise(const Grid& grid, int targetFull, int targetLow, int smoothIterations = 20);
// Decimates (and re-normals) an explicit mesh, e.g. a swept muscle, to a budget.
av::Mesh decimate(const av::Mesh& m, int target);
// Smooth per-vertex normals, triangles turned so that the enclosed volume is positive.
void finishMesh(av::Mesh& m);
double signedVolume(const av::Mesh& m);
void mirrorZ(av::Mesh& m);  // z -> -z, winding flipped
void transform(av::Mesh& m, double scale, const V3& offset);  // p -> p*scale + offset

}  // namespace atlasgen
