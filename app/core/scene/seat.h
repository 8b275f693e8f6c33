#pragma once
// Sitting on a hard chair: the seat the body comes down on, and where it presses. The pelvis is the fixed
// frame, so the seat rises to meet the buttock as the weight settles (the animation's `sitting`, 0..1) and
// touches the skin's lowest point under the sit bone when fully seated. The contact map is what the patient
// should see: the sit bone (ischial tuberosity) and the tendon origin on it carry the weight. Atlas frame,
// metres.
#include "core/mesh.h"
#include "core/scene/posed_scene.h"

#include <memory>
#include <optional>
#include <vector>

namespace av {

struct SeatContact {
    std::shared_ptr<const Mesh> seat;    // a slab under the right buttock and thigh, top face up
    double top = 0;                      // the seat's top (y)
    double pressure = 0;                 // 0..1: how much of the weight is on it (how strongly the map glows)
    std::vector<std::size_t> pressed;    // the structures the seat presses on: the tuberosity and tendon origin
};

// The seat for this much sitting, or nullopt when the body is off the seat (sitting 0) or the atlas has no
// ischial_tuberosity and skin to seat.
std::optional<SeatContact> seatContact(const PosedScene& scene, double sitting);

// The seat's distance below the skin when the weight is off it (it rises by this much as the body sits).
inline constexpr double kSeatApproach = 0.05;

}  // namespace av
