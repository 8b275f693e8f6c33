#include "core/motion/muscle_paths.h"

#include "core/motion/kinematics.h"


namespace av {
namespace {

using gait2392::Body;
using gait2392::MuscleDefinition;
using gait2392::PathPoint;

struct BodyPlacements {
    Eigen::Isometry3d femur;
    Eigen::Isometry3d tibia;
};

BodyPlacements placements(const Pose& pose) {
    const Eigen::Isometry3d femur = femurToPelvis(pose);
    return {femur, femur * tibiaToFemur(kneeAngleR(pose))};
}

Eigen::Vector3d inPelvis(const PathPoint& p, const BodyPlacements& bodies) {
    switch (p.body) {
        case Body::Pelvis: return p.location_m;
        case Body::Femur: return bodies.femur * p.location_m;
        case Body::Tibia: return bodies.tibia * p.location_m;
    }
    return p.location_m;
}

bool isActive(const PathPoint& p, double knee_angle_r) {
    return !p.conditional || (knee_angle_r >= p.q_min_rad && knee_angle_r <= p.q_max_rad);
}

// Length of the path at `pose` with the points that are active at knee angle `active_q` (radians).
double lengthWithActiveSet(const MuscleDefinition& muscle, const Pose& pose, double active_q) {
    const BodyPlacements bodies = placements(pose);
    double length = 0.0;
    bool first = true;
    Eigen::Vector3d previous;
    for (const PathPoint& p : muscle.path) {
        if (!isActive(p, active_q)) continue;
        const Eigen::Vector3d current = inPelvis(p, bodies);
        if (!first) length += (current - previous).norm();
        previous = current;
        first = false;
    }
    return length;
}

}  // namespace

const MuscleDefinition* findMuscle(std::string_view id) {
    for (const MuscleDefinition& m : gait2392::hamstrings())
        if (m.id == id) return &m;
    return nullptr;
}

std::vector<Eigen::Vector3d> activePathPoints(const MuscleDefinition& muscle, const Pose& pose) {
    const BodyPlacements bodies = placements(pose);
    const double q = kneeAngleR(pose);
    std::vector<Eigen::Vector3d> points;
    for (const PathPoint& p : muscle.path)
        if (isActive(p, q)) points.push_back(inPelvis(p, bodies));
    return points;
}

std::vector<Eigen::Vector3d> displayPathPoints(const MuscleDefinition& muscle, const Pose& pose) {
    return displayPathPoints(muscle, pose, placements(pose).tibia);
}

std::vector<Eigen::Vector3d> displayPathPoints(const MuscleDefinition& muscle, const Pose& pose,
                                               const Eigen::Isometry3d& tibiaInPelvis) {
    const BodyPlacements bodies{femurToPelvis(pose), tibiaInPelvis};
    const double q = kneeAngleR(pose);
    const std::size_t n = muscle.path.size();
    std::vector<Eigen::Vector3d> points(n);
    std::vector<bool> active(n);
    for (std::size_t i = 0; i < n; ++i) {
        points[i] = inPelvis(muscle.path[i], bodies);
        active[i] = isActive(muscle.path[i], q);
    }
    // Each run of inactive points goes onto the straight line between its active neighbours, spaced as
    // along the body-fixed points themselves: continuous as a point switches off (it is then almost on the
    // line), in order, and never on top of a neighbour. Origin and insertion are never conditional.
    for (std::size_t i = 1; i + 1 < n; ++i) {
        if (active[i]) continue;
        const std::size_t before = i - 1;
        std::size_t after = i;
        while (!active[after]) ++after;
        std::vector<double> along{0.0};
        for (std::size_t k = before + 1; k <= after; ++k) along.push_back(along.back() + (points[k] - points[k - 1]).norm());
        const Eigen::Vector3d a = points[before], b = points[after];
        for (std::size_t k = i; k < after; ++k) points[k] = a + (along[k - before] / along.back()) * (b - a);
        i = after;
    }
    return points;
}

double mtuLength(const MuscleDefinition& muscle, const Pose& pose) {
    return lengthWithActiveSet(muscle, pose, kneeAngleR(pose));
}

MomentArms momentArms(const MuscleDefinition& muscle, const Pose& pose) {
    // Step of 1e-5 rad: truncation error O(h^2) ~ 1e-11 m, rounding ~ 1e-16 * 0.5 m / 1e-5 ~ 1e-11 m.
    constexpr double h = 1e-5;
    const double hDeg = radToDeg(h);
    const double q = kneeAngleR(pose);
    Pose plus = pose, minus = pose;
    plus.hip_flexion_deg += hDeg;
    minus.hip_flexion_deg -= hDeg;
    MomentArms arms;
    arms.hip_extension_m =
        (lengthWithActiveSet(muscle, plus, q) - lengthWithActiveSet(muscle, minus, q)) / (2.0 * h);
    plus = pose;
    minus = pose;
    plus.knee_flexion_deg += hDeg;
    minus.knee_flexion_deg -= hDeg;
    arms.knee_flexion_m =
        -(lengthWithActiveSet(muscle, plus, q) - lengthWithActiveSet(muscle, minus, q)) / (2.0 * h);
    return arms;
}

}  // namespace av
