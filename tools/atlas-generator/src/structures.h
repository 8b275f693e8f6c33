#pragma once
// The structure families of the default atlas. Every builder returns meshes in the ATLAS frame in
// millimetres (the writer converts to metres).
#include "polygonise.h"

#include <map>
#include <memory>
#include <string>

namespace atlasgen {

struct Context {
    double h = 1.2;      // grid spacing, mm
    bool quick = false;  // coarse grids for the edit-look loop
    // Bone fields in their body frames, with the body->atlas offset (mm); kept for soft tissue that
    // must lie on or outside the bones.
    struct Field {
        std::unique_ptr<Grid> grid;
        V3 offset = V3::Zero();
    };
    std::map<std::string, Field> bones;
    // Soft-tissue fields (atlas frame), kept for the structures built after them and for the skin.
    std::map<std::string, Field> soft;
    // Signed distance (mm) to the nearest bone at an atlas point (large when outside all grids).
    double boneDistance(const V3& atlasP) const;
    double boneDistance(const std::string& id, const V3& atlasP) const;
    V3 boneGradient(const std::string& id, const V3& atlasP) const;
    double softDistance(const std::string& id, const V3& atlasP) const;
    // Budget scale (1 at the shipped resolution).
    int tris(int n) const { return n; }
};

struct Built {
    std::string id;
    Lod lod;
};

// bones_pelvis.cpp
Built buildHipBone(Context& ctx);
Built buildSacrum(Context& ctx);
// bones_femur.cpp
Built buildFemur(Context& ctx);
// bones_leg.cpp
Built buildTibia(Context& ctx);
Built buildFibula(Context& ctx);
Built buildPatella(Context& ctx);
// regions.cpp: ischial_tuberosity, conjoint_tendon_footprint, semimembranosus_footprint
std::vector<Built> buildTuberosityRegions(Context& ctx);
// hamstrings.cpp: four muscles with distal tendons, conjoint_tendon, semimembranosus_tendon
std::vector<Built> buildHamstrings(Context& ctx);
// gluteal.cpp: gluteus maximus/medius/minimus, bursae
std::vector<Built> buildGluteal(Context& ctx);
// nerves.cpp: sciatic, tibial, common fibular and posterior femoral cutaneous nerves (built before the
// muscles, which leave room for them)
std::vector<Built> buildNerves(Context& ctx);
const V3& sciaticDivision();  // where the sciatic nerve divides, above the knee
// deep_hip.cpp: piriformis, obturator internus, gemelli, quadratus femoris, adductor magnus,
// sacrotuberous ligament
std::vector<Built> buildDeepHip(Context& ctx);
// skin.cpp
Built buildSkin(Context& ctx);

// Tuberosity geometry shared by the hip bone, regions, tendons and tests (pelvis frame, mm).
struct Tuberosity {
    V3 axisPoint, axis;  // axis points down the tuberosity (inferior, anterior, medial)
    double tTop, tBottom, radius;
};
const Tuberosity& tuberosity();
// The tuberosity region (negative inside) and how far its shell stands off the bone (mm).
double tuberosityRegion(const V3& p);
constexpr double kRegionLift = 0.35;
// Most lateral z (mm) of the tuberosity region's surface in a 6 mm band around height y.
double tuberosityLateralEdge(const Context& ctx, double y);

}  // namespace atlasgen
