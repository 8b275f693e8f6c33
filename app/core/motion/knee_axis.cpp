#include "core/motion/knee_axis.h"

#include "core/motion/kinematics.h"

#include <Eigen/Dense>

#include <array>
#include <cmath>

namespace av {
namespace {

constexpr double kSlabHalfWidth = 0.045;  // both condyles, either side of the knee's centre (metres)
constexpr double kReach = 0.06;           // how far from Gait2392's knee centre the condyles' outline is looked for
constexpr int kBinDegrees = 5;
// The outline from straight behind the knee (-180 degrees) round through straight below it (-90) to 30 degrees
// in front of that: the condyles' back and underside, where the tibia rides.
constexpr int kFromDegrees = -180, kToDegrees = -60;

}  // namespace

std::optional<KneeAxis> fitKneeAxis(const Mesh& femur) {
    const Eigen::Vector3d knee = tibiaToPelvis(Pose{}).translation();
    // The outline: in each angular bin about Gait2392's knee centre, the femur's farthest point.
    constexpr int kBins = (kToDegrees - kFromDegrees) / kBinDegrees;
    std::array<double, kBins> reach{};
    std::array<Eigen::Vector2d, kBins> outline{};
    for (const Vec3f& v : femur.positions) {
        if (std::abs(v[2] - knee.z()) > kSlabHalfWidth) continue;
        const Eigen::Vector2d d(v[0] - knee.x(), v[1] - knee.y());
        const double r = d.norm(), degrees = std::atan2(d.y(), d.x()) * 180 / M_PI;
        const int bin = int(std::floor((degrees - kFromDegrees) / kBinDegrees));
        if (r > kReach || bin < 0 || bin >= kBins || r <= reach[bin]) continue;
        reach[bin] = r;
        outline[bin] = Eigen::Vector2d(v[0], v[1]);
    }
    Eigen::Matrix3d normal = Eigen::Matrix3d::Zero();
    Eigen::Vector3d rhs = Eigen::Vector3d::Zero();
    int count = 0;
    for (int b = 0; b < kBins; ++b) {
        if (reach[b] == 0) continue;
        const Eigen::Vector3d row(outline[b].x(), outline[b].y(), 1.0);
        normal += row * row.transpose();
        rhs += row * -outline[b].squaredNorm();
        ++count;
    }
    if (count < kBins / 2) return std::nullopt;
    const Eigen::Vector3d def = normal.ldlt().solve(rhs);
    const Eigen::Vector2d c(-def[0] / 2, -def[1] / 2);
    const double r2 = c.squaredNorm() - def[2];
    if (!(r2 > 0)) return std::nullopt;
    return KneeAxis{Eigen::Vector3d(c.x(), c.y(), knee.z()), std::sqrt(r2)};
}

Eigen::Isometry3d tibiaAboutKneeAxis(const KneeAxis& axis, const Eigen::Isometry3d& femur, double kneeAngleRad) {
    Eigen::Isometry3d turn = Eigen::Isometry3d::Identity();
    turn.translate(axis.centre);
    turn.rotate(Eigen::AngleAxisd(kneeAngleRad, Eigen::Vector3d::UnitZ()));
    turn.translate(-axis.centre);
    return femur * turn;
}

}  // namespace av
