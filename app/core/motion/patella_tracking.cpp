#include "core/motion/patella_tracking.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace av {
namespace {

constexpr std::size_t kSurfaceSamples = 128;  // enough to find the contact, few enough for every frame
constexpr double kScanStep = 5.0 * M_PI / 180;  // moves the pole about 5 mm: never across the femur's end

Eigen::Vector3d vec(const Vec3f& v) { return {v[0], v[1], v[2]}; }

// The patella in the femur's neutral frame: tilted by phi about the femur's Z (its flexion axis) and with its
// lower pole at `pole`.
Eigen::Isometry3d placed(const PatellaGeometry& g, double phi, const Eigen::Vector3d& pole) {
    Eigen::Isometry3d x = Eigen::Isometry3d::Identity();
    x.translate(pole);
    x.rotate(Eigen::AngleAxisd(phi, Eigen::Vector3d::UnitZ()));
    x.translate(-g.lowerPole);
    return x;
}

// Whether the patella comes as close to the femur as standing (a search only that far around each point).
bool touches(const PatellaGeometry& g, const Eigen::Isometry3d& patella) {
    for (const Eigen::Vector3d& p : g.sample)
        if (g.femur->nearest(patella * p, g.contactGap)) return true;
    return false;
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
    g.tendonLength = (g.lowerPole - g.tibialTuberosity).norm();

    // The patella's surface, evenly thinned: its back touches the femur first, its poles when tilted.
    const std::size_t stride = std::max<std::size_t>(1, patella.positions.size() / kSurfaceSamples);
    for (std::size_t i = 0; i < patella.positions.size(); i += stride) g.sample.push_back(vec(patella.positions[i]));
    g.femur = std::make_shared<const TriangleBvh>(femur.positions, femur.triangles);
    g.contactGap = std::numeric_limits<double>::infinity();
    for (const Eigen::Vector3d& p : g.sample) g.contactGap = std::min(g.contactGap, g.femur->nearest(p)->distance);
    return g;
}

Eigen::Isometry3d trackPatella(const PatellaGeometry& g, const Eigen::Isometry3d& femur, const Eigen::Isometry3d& tibia) {
    // Everything in the femur's neutral frame, where its surface is and the knee bends about Z.
    const Eigen::Isometry3d relative = femur.inverse() * tibia;
    const double knee = std::atan2(relative.linear()(1, 0), relative.linear()(0, 0));  // negative = flexion
    // A straight knee: the patella where the atlas has it (the search below finds it to a tenth of a millimetre).
    if (relative.isApprox(Eigen::Isometry3d::Identity(), 1e-12)) return femur;
    const double phi = kPatellarFlexionRatio * knee;
    const Eigen::Vector3d tuberosity = relative * g.tibialTuberosity;
    // The pole keeps its side-to-side place; in the sagittal plane it is on a circle about the tuberosity.
    const double dz = g.lowerPole.z() - tuberosity.z();
    const double radius = std::sqrt(std::max(0.0, g.tendonLength * g.tendonLength - dz * dz));
    const auto pose = [&](double psi) {
        const Eigen::Vector3d pole(tuberosity.x() + radius * std::cos(psi), tuberosity.y() + radius * std::sin(psi),
                                   g.lowerPole.z());
        return placed(g, phi, pole);
    };
    // From straight below the tuberosity (clear of the femur at any flexion) forwards, then up and back
    // towards the femur: the first place where the patella comes as close to it as standing, found to a tenth
    // of a millimetre. Coming from the front and below, that is the femur's front or its end, never its back.
    for (double psi = -M_PI / 2; psi <= M_PI; psi += kScanStep) {
        if (!touches(g, pose(psi))) continue;
        double lo = psi - kScanStep, hi = psi;
        while ((hi - lo) * radius > 1e-4) {
            const double mid = 0.5 * (lo + hi);
            (touches(g, pose(mid)) ? hi : lo) = mid;
        }
        return femur * pose(hi);
    }
    // Never that close (a femur unlike a femur): the patella goes with the tibia.
    return tibia;
}

double patellarTendonLength(const PatellaGeometry& g, const Eigen::Isometry3d& patella, const Eigen::Isometry3d& tibia) {
    return (patella * g.lowerPole - tibia * g.tibialTuberosity).norm();
}

}  // namespace av
