#pragma once
// A triangle mesh as plain data: the currency between loaders, generators, the model and the renderer.
// Units and frame depend on where the mesh is: a loaded file keeps the file's units until the manifest's
// unit and transform bring it into the atlas frame (metres; X anterior, Y superior, Z right).
#include <array>
#include <cstdint>
#include <vector>

namespace av {

using Vec3f = std::array<float, 3>;
using Triangle = std::array<std::uint32_t, 3>;

struct Mesh {
    std::vector<Vec3f> positions;
    std::vector<Vec3f> normals;  // one unit normal per position, or empty
    std::vector<Triangle> triangles;  // counter-clockwise seen from outside
};

// Axis-aligned bounds as [xmin, xmax, ymin, ymax, zmin, zmax].
using Bounds = std::array<double, 6>;

}  // namespace av
