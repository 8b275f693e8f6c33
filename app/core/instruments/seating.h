#pragma once
// Puts the instruments on the skin of the posed body: the probe's footprint stands on it, facing along the
// skin's outward normal; the needle goes in through it. Whatever pose a tour step sets, the skin is the posed
// skin (full detail), so the probe never floats or sinks. Atlas frame, metres.
#include "core/instruments/instruments.h"
#include "core/scene/posed_scene.h"

#include <optional>

namespace av {

struct SkinContact {
    Eigen::Vector3d point;   // on the skin surface
    Eigen::Vector3d normal;  // outward unit normal there
    double distance = 0;     // from the point asked about
};

// The skin point for `near`: along `outward` when given (the outermost skin crossing of the line through
// `near` in that direction: a point under a fold still comes out on the surface a probe can touch), else the
// nearest skin point. Nothing when the atlas has no skin.
std::optional<SkinContact> skinContact(const PosedScene& scene, const Eigen::Vector3d& near,
                                       const std::optional<Eigen::Vector3d>& outward = std::nullopt);

// Where a ray from outside (a click's camera ray) first meets the skin, with the outward normal there.
std::optional<SkinContact> skinAlongRay(const PosedScene& scene, const Eigen::Vector3d& origin,
                                        const Eigen::Vector3d& direction);

// The probe moved onto the skin nearest its position, its normal the skin's, its axis kept as close as
// possible (perpendicular to the new normal). Unchanged when there is no skin.
Probe seatProbe(const PosedScene& scene, Probe probe, const std::optional<Eigen::Vector3d>& outward = std::nullopt);
// The needle's entry moved onto the skin where the line from the tip out through the entry leaves it.
Needle seatNeedle(const PosedScene& scene, Needle needle);

// Distance from a point to the nearest skin surface, in millimetres (infinity without skin).
double skinGapMm(const PosedScene& scene, const Eigen::Vector3d& point);

}  // namespace av
