#pragma once
// A fast inside test for a closed mesh that is asked about many points near it, frame after frame (soft tissue
// kept out of the bones as the body moves). Space is cut into cubes; a cube whose centre lies further from the
// surface than its own half-diagonal is wholly inside or wholly outside, so it is answered once (by one ray) and
// remembered. A cube the surface passes through is cut again into 3 x 3 x 3 small cubes, answered the same way
// but by the side of the nearest triangle (in front of or behind its outward normal), which needs no ray. Only a
// point in a small cube the surface passes through is looked at itself, by its own nearest triangle. The side
// read from a normal is exact but at a concave crease, where a point a fraction of a millimetre inside may read
// as outside. Cubes are worked out when first asked about (so one grid is not for several threads at once).
#include "core/geometry/triangle_bvh.h"

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <vector>

namespace av {

class InsideGrid {
public:
    // `surface` must outlive the grid. cube: the large cubes' edge (in the surface's units).
    InsideGrid(const TriangleBvh& surface, double cube);

    bool contains(const Eigen::Vector3d& p) const;

private:
    enum class Cube : std::uint8_t { Unknown, Outside, Inside, Surface };
    static constexpr int kSplit = 3;  // small cubes along each edge of a large one
    using SmallCubes = std::array<Cube, kSplit * kSplit * kSplit>;

    // The side of p read from its nearest triangle, searched within `reach`; Surface when none is that near.
    Cube sideByNormal(const Eigen::Vector3d& p, double reach) const;

    const TriangleBvh& surface_;
    double cube_;
    Eigen::Vector3d origin_;
    Eigen::Vector3i count_;
    mutable std::vector<Cube> cubes_;
    mutable std::vector<std::uint32_t> smallIndex_;  // per large Surface cube: 1 + its index in small_
    mutable std::vector<SmallCubes> small_;
};

}  // namespace av
