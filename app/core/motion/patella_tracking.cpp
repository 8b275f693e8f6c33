#include "core/motion/patella_tracking.h"

#include <Eigen/Dense>

#include <cmath>
#include <limits>

namespace av {
namespace {

Eigen::Vector3d vec(const Vec3f& v) { return {v[0], v[1], v[2]}; }

// The patella turned by phi about the trochlea's axis (the femur's Z, the knee's flexion axis), in the femur's
// neutral frame.
Eigen::Isometry3d turnAboutTrochlea(const PatellaGeometry& g, double phi) {
    Eigen::Isometry3d x = Eigen::Isometry3d::Identity();
    x.translate(g.trochleaCentre);
    x.rotate(Eigen::AngleAxisd(phi, Eigen::Vector3d::UnitZ()));
    x.translate(-g.trochleaCentre);
    return x;
}

}  // namespace

std::optional<PatellaGeometry> measurePatellaGeometry(const Mesh& femur, const Mesh& patella, const Mesh& tibia) {
    if (femur.positions.empty() || patella.positions.empty() || tibia.positions.empty()) return std::nullopt;
    PatellaGeometry g;
    Eigen::Vector3d centre = Eigen::Vector3d::Zero();
    g.lowerPole = vec(patella.positions.front());
    for (const Vec3f& v : patella.positions) {
        centre += vec(v);
        if (v[1] < g.lowerPole.y()) g.lowerPole = vec(v);
    }
    centre /= double(patella.positions.size());

    // The tuberosity: the most anterior point of the tibia 4-6 cm below the patella's lower pole, in line with it.
    double best = -std::numeric_limits<double>::infinity();
    for (const Vec3f& v : tibia.positions) {
        const Eigen::Vector3d p = vec(v);
        const double below = g.lowerPole.y() - p.y();
        if (below < 0.04 || below > 0.06 || std::abs(p.z() - centre.z()) > 0.02 || p.x() <= best) continue;
        best = p.x();
        g.tibialTuberosity = p;
    }
    if (!std::isfinite(best)) return std::nullopt;

    // The groove: a circle (x, y) fitted (Kasa's algebraic fit) to the femur's surface in the patella's sagittal
    // slab, in front of and below the knee's centre, from a little above the patella down.
    const Eigen::Vector3d knee = tibiaToPelvis(Pose{}).translation();
    Eigen::Matrix3d normal = Eigen::Matrix3d::Zero();
    Eigen::Vector3d rhs = Eigen::Vector3d::Zero();
    int count = 0;
    for (const Vec3f& v : femur.positions) {
        const Eigen::Vector3d p = vec(v);
        if (std::abs(p.z() - centre.z()) > 0.008 || p.y() > centre.y() + 0.02 || p.x() < knee.x() - 0.01) continue;
        const Eigen::Vector3d row(p.x(), p.y(), 1.0);
        normal += row * row.transpose();
        rhs += row * -(p.x() * p.x() + p.y() * p.y());
        ++count;
    }
    if (count < 10) return std::nullopt;
    const Eigen::Vector3d def = normal.ldlt().solve(rhs);
    const Eigen::Vector2d c(-def[0] / 2, -def[1] / 2);
    const double r2 = c.squaredNorm() - def[2];
    if (!(r2 > 0)) return std::nullopt;
    g.trochleaCentre = Eigen::Vector3d(c.x(), c.y(), centre.z());
    g.trochleaRadius = std::sqrt(r2);
    return g;
}

Eigen::Isometry3d trackPatella(const PatellaGeometry& g, const Eigen::Isometry3d& femur, const Eigen::Isometry3d& tibia) {
    // The knee's flexion: the tibia's turn about the femur's Z axis (negative = flexion, as knee_angle_r).
    const Eigen::Isometry3d relative = femur.inverse() * tibia;
    const double knee = std::atan2(relative.linear()(1, 0), relative.linear()(0, 0));
    return femur * turnAboutTrochlea(g, kPatellarFlexionRatio * knee);
}

double patellarTendonLength(const PatellaGeometry& g, const Eigen::Isometry3d& patella, const Eigen::Isometry3d& tibia) {
    return (patella * g.lowerPole - tibia * g.tibialTuberosity).norm();
}

}  // namespace av
