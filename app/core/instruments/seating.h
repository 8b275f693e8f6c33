#pragma once
// Puts the instruments on the skin of the posed body: the probe's footprint stands on it (its centre on the
// surface, its face square to the skin's outward normal, its axis perpendicular to that normal), and the
// needle goes in through it. Whatever pose a tour step sets, the skin is the posed skin (full detail), so the
// probe never floats or sinks. Atlas frame, metres.
#include "core/instruments/instruments.h"
#include "core/scene/posed_scene.h"

#include <optional>
#include <string>

namespace av {

struct SkinContact {
    Eigen::Vector3d point;   // on the skin surface
    Eigen::Vector3d normal;  // outward unit normal there, interpolated across the facets
    double distance = 0;     // from the point asked about (along the ray, for a ray)
    std::size_t skin = 0;    // the skin structure's index
};

// The skin point nearest to `near`; nothing when the atlas has no skin (no structure of kind skin with a mesh).
std::optional<SkinContact> nearestSkin(const PosedScene& scene, const Eigen::Vector3d& near);
// Where a ray from outside (a click's camera ray) first meets the skin.
std::optional<SkinContact> skinAlongRay(const PosedScene& scene, const Eigen::Vector3d& origin,
                                        const Eigen::Vector3d& direction);

struct SeatedProbe {
    Probe probe;
    double skinGapMm = 0;  // from the probe's centre to the skin surface after seating (the contract: <= 2 mm)
    double movedMm = 0;    // how far the centre moved from the point asked for
    std::string skinId;    // the skin structure it stands on
};

// The probe `shape` (type, tilt, footprint kept) seated on the skin point nearest to `near`, with its axis
// the component of `axisHint` perpendicular to the skin normal there. Nothing when the atlas has no skin.
std::optional<SeatedProbe> seatProbe(const PosedScene& scene, const Eigen::Vector3d& near,
                                     const Eigen::Vector3d& axisHint, const Probe& shape = {});

// The probe tilted (about its axis, see Probe::tiltDeg) so that its image plane passes through `target`,
// the central beam as near to it as a tilt can bring it (the target's offset along the axis stays).
Probe aimedAt(Probe probe, const Eigen::Vector3d& target);

struct SeatedNeedle {
    Needle needle;
    double skinGapMm = 0;  // from the entry to the skin surface after seating
    double movedMm = 0;    // how far the entry moved
};

// The needle from `entry` to `tip` with its entry moved onto the skin: where the needle's own line crosses
// the skin nearest to the given entry (so the direction is kept), else the nearest skin point.
std::optional<SeatedNeedle> seatNeedle(const PosedScene& scene, const Eigen::Vector3d& entry, const Eigen::Vector3d& tip);

// Where a click on a structure aims a needle: the middle of the camera ray's first stretch inside the
// structure's posed mesh (so the tip lies inside it, not on its surface); nothing when the ray misses it.
std::optional<Eigen::Vector3d> targetAlongRay(const PosedScene& scene, std::size_t index, const Eigen::Vector3d& origin,
                                              const Eigen::Vector3d& direction);

// Distance from a point to the nearest skin surface, in millimetres (infinity without skin).
double skinGapMm(const PosedScene& scene, const Eigen::Vector3d& point);

}  // namespace av
