#pragma once
// Gait2392 body frames (OpenSim, Delp 1990 lineage) and the published points the atlas is built on.
// Building happens in millimetres in each body's own frame; the atlas frame is the pelvis frame.
#include "geom.h"

#include <string>
#include <vector>

namespace atlasgen {

// Hip centre in the pelvis frame (hip_r), mm.
const V3& hipCentre();
// Tibia origin in the femur frame at knee_angle_r = 0: (tx(0), ty(0), 0) from the SimmSplines, mm.
const V3& kneeOffset();
inline V3 femurToAtlas(const V3& p) { return p + hipCentre(); }
inline V3 tibiaToAtlas(const V3& p) { return p + hipCentre() + kneeOffset(); }

struct Landmark {
    std::string id;
    std::string body;  // pelvis, femur, tibia
    V3 p;              // mm in the body frame
    std::string source;
};
// The cited landmark table (docs/sources.md, "The default atlas", prints it).
const std::vector<Landmark>& landmarks();
const Landmark& landmark(const std::string& id);
V3 toAtlas(const Landmark& l);  // mm in the atlas frame

// Shape figures used across files (mm).
double femoralHeadRadius();  // sphere fitted to the scanned femoral head (params/femur.json)
double acetabulumRadius();   // socket: head radius + 1 mm cartilage gap
constexpr double kNerveGapToTuberosity = 12;  // Miller 2007: 1.2 +- 0.2 cm lateral

}  // namespace atlasgen
