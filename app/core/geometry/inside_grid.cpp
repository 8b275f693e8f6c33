#include "core/geometry/inside_grid.h"

#include <cmath>

namespace av {
namespace {

const double kHalfDiagonal = 0.5 * std::sqrt(3.0);  // of a unit cube

}  // namespace

InsideGrid::InsideGrid(const TriangleBvh& surface, double cube) : surface_(surface), cube_(cube) {
    origin_ = surface.boundsMin();
    const Eigen::Vector3d extent = surface.boundsMax() - origin_;
    for (int a = 0; a < 3; ++a) count_[a] = std::max(1, int(std::ceil(extent[a] / cube_)));
    cubes_.assign(std::size_t(count_.x()) * count_.y() * count_.z(), Cube::Unknown);
    smallIndex_.assign(cubes_.size(), 0);
}

InsideGrid::Cube InsideGrid::sideByNormal(const Eigen::Vector3d& p, double reach) const {
    const auto hit = surface_.nearest(p, reach);
    if (!hit) return Cube::Surface;
    return (p - hit->point).dot(hit->normal) < 0 ? Cube::Inside : Cube::Outside;
}

bool InsideGrid::contains(const Eigen::Vector3d& p) const {
    const Eigen::Vector3d local = (p - origin_) / cube_;
    Eigen::Vector3i index;
    for (int a = 0; a < 3; ++a) {
        if (!(local[a] >= 0) || local[a] >= count_[a]) return false;  // outside the bounds: outside the mesh
        index[a] = int(local[a]);
    }
    const std::size_t at = (std::size_t(index.z()) * count_.y() + index.y()) * count_.x() + index.x();
    Cube& cube = cubes_[at];
    if (cube == Cube::Unknown) {
        const Eigen::Vector3d centre = origin_ + (index.cast<double>() + Eigen::Vector3d::Constant(0.5)) * cube_;
        // Nothing of the surface within the half-diagonal: the whole cube is on the centre's side.
        cube = surface_.nearest(centre, kHalfDiagonal * cube_) ? Cube::Surface
               : surface_.contains(centre)                      ? Cube::Inside
                                                                : Cube::Outside;
    }
    if (cube != Cube::Surface) return cube == Cube::Inside;

    if (smallIndex_[at] == 0) {
        small_.emplace_back();
        small_.back().fill(Cube::Unknown);
        smallIndex_[at] = std::uint32_t(small_.size());
    }
    const double edge = cube_ / kSplit;
    const Eigen::Vector3d within = (local - index.cast<double>()) * kSplit;
    Eigen::Vector3i sub;
    for (int a = 0; a < 3; ++a) sub[a] = std::min(kSplit - 1, int(within[a]));
    Cube& smallCube = small_[smallIndex_[at] - 1][(sub.z() * kSplit + sub.y()) * kSplit + sub.x()];
    if (smallCube == Cube::Unknown) {
        const Eigen::Vector3d centre =
            origin_ + index.cast<double>() * cube_ + (sub.cast<double>() + Eigen::Vector3d::Constant(0.5)) * edge;
        // The surface is within the large cube's diagonal of any point in it: found by that search. A small cube
        // further from it than its half-diagonal is on its centre's side.
        const auto hit = surface_.nearest(centre, 2 * kHalfDiagonal * cube_);
        smallCube = !hit || hit->distance <= kHalfDiagonal * edge ? Cube::Surface
                    : surface_.contains(centre)                   ? Cube::Inside
                                                                  : Cube::Outside;
    }
    if (smallCube != Cube::Surface) return smallCube == Cube::Inside;
    return sideByNormal(p, 2 * kHalfDiagonal * edge) == Cube::Inside;
}

}  // namespace av
