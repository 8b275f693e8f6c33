#include "frames.h"

#include "bone_params.h"
#include "core/motion/kinematics.h"

#include <stdexcept>

namespace atlasgen {

const V3& hipCentre() {
    static const V3 h(-70.7, -66.1, 83.5);  // Gait2392 hip_r location_in_parent (m -> mm)
    return h;
}

const V3& kneeOffset() {
    // The viewer's own kinematics evaluates Gait2392's knee SimmSplines: one implementation for both.
    static const V3 k = [] {
        const Eigen::Vector3d origin = av::tibiaOriginInFemur(0.0);
        return V3(origin.x() * 1000.0, origin.y() * 1000.0, 0.0);
    }();
    return k;
}

double femoralHeadRadius() {
    static const double r = boneParams("femur").at("head_radius").get<double>();
    return r;
}

double acetabulumRadius() { return femoralHeadRadius() + 1.0; }

namespace {
V3 measuredTrochanter() {
    const auto& p = boneParams("femur").at("greater_trochanter_lateral");
    return V3(p.at(0).get<double>(), p.at(1).get<double>(), p.at(2).get<double>());
}
}  // namespace

const std::vector<Landmark>& landmarks() {
    static const std::string G = "Gait2392 (gait2392_thelen2003muscle.osim)";
    static const std::string GV = "placed to overlay Gait2392 bone geometry (opensim-models, by eye)";
    static const std::vector<Landmark> table = {
        // --- pelvis frame -------------------------------------------------------------------
        {"hip_centre", "pelvis", {-70.7, -66.1, 83.5}, G + ": hip_r joint centre"},
        {"semimembranosus_origin", "pelvis", {-119.2, -97.47, 71.51}, G + ": semimem_r path point 1"},
        {"semitendinosus_origin", "pelvis", {-126.35, -109.88, 60.39}, G + ": semiten_r path point 1"},
        {"biceps_femoris_long_head_origin", "pelvis", {-125.96, -102.57, 69.44},
         G + ": bifemlh_r path point 1"},
        {"asis", "pelvis", {0.0, 3.0, 118.5},
         "frame origin is mid-ASIS; inter-ASIS width 23.7 cm in Gait2392 (hamstring-model.md s.3); bony ASIS at "
         "x 0, y 0-0.011 m on the Gait2392 pelvis mesh"},
        {"aiis", "pelvis", {-18.0, -26.0, 108.0}, "about 3 cm below the ASIS (standard anatomy); " + GV},
        {"iliac_tubercle", "pelvis", {-18.0, 24.0, 131.0}, GV + "; widest point of the crest"},
        {"iliac_crest_top", "pelvis", {-86.0, 95.0, 82.0}, GV + "; highest point of the crest"},
        {"psis", "pelvis", {-140.0, 36.0, 50.0},
         GV + "; bony ASIS-PSIS depth about 13-14 cm (procedural-atlas-notes)"},
        {"sciatic_notch_apex", "pelvis", {-100.0, -26.0, 68.0},
         "notch apex about 27 mm anterior of the posterior border (procedural-atlas-notes); " + GV},
        {"ischial_spine", "pelvis", {-126.0, -70.0, 45.0}, GV + "; interspinous width about 9-10 cm"},
        {"ischial_tuberosity_axis_point", "pelvis", {-121.9, -96.8, 58.9},
         "derived: the circle through the three Gait2392 hamstring origins about the tuberosity axis "
         "(0.54,-0.72,-0.45), radius 12.4 mm"},
        {"pubic_symphysis", "pelvis", {-40.0, -88.0, 0.0}, GV + "; symphysis on the midline"},
        {"pubic_tubercle", "pelvis", {-30.0, -76.0, 24.0}, GV},
        {"obturator_foramen_centre", "pelvis", {-72.0, -96.0, 42.0}, GV},
        {"sacral_promontory", "pelvis", {-76.0, 40.0, 0.0}, GV},
        {"coccyx_tip", "pelvis", {-158.0, -58.0, 0.0},
         "behind the ischium, level with the upper symphysis (standard anatomy); 1.5 cm below the Gait2392 "
         "sacrum mesh's tip"},
        // --- femur frame ---------------------------------------------------------------------
        {"femoral_head_centre", "femur", {0, 0, 0}, G + ": femur_r origin"},
        {"greater_trochanter_lateral", "femur", measuredTrochanter(),
         "measured on BodyParts3D: the femur's most lateral point within 80 mm below the head centre "
         "(params/femur.json)"},
        {"lesser_trochanter", "femur", {-20.0, -58.0, 22.0}, GV},
        {"biceps_femoris_short_head_origin", "femur", {5.0, -211.1, 23.4}, G + ": bifemsh_r path point 1"},
        {"knee_centre", "femur", {kneeOffset().x(), kneeOffset().y(), 0.0},
         G + ": knee_r tx(0), ty(0) (SimmSpline at q = 0)"},
        {"medial_epicondyle", "femur", {-2.0, -396.0, -41.0},
         "epicondylar width about 8-8.5 cm; knee markers at z +-0.05 m on the skin (Gait2392 marker set)"},
        {"lateral_epicondyle", "femur", {-2.0, -396.0, 41.0}, "as medial_epicondyle"},
        // --- tibia frame ---------------------------------------------------------------------
        {"semimembranosus_insertion", "tibia", {-27.0, -47.71, -19.57}, G + ": semimem_r last path point"},
        {"semitendinosus_insertion", "tibia", {2.7, -95.6, -19.3}, G + ": semiten_r last path point (pes anserinus)"},
        {"biceps_femoris_insertion", "tibia", {-23.4, -56.3, 34.3}, G + ": bifemlh_r / bifemsh_r last path point"},
        {"tibial_plateau_centre", "tibia", {4.0, -34.0, 0.0},
         "joint line about 12 mm above the semimembranosus insertion (hamstring-model.md s.3)"},
        {"fibular_head_centre", "tibia", {-14.0, -66.0, 36.0}, GV},
        {"ankle_centre", "tibia", {0.0, -430.0, 0.0}, G + ": ankle_r location in tibia"},
    };
    return table;
}

const Landmark& landmark(const std::string& id) {
    for (const auto& l : landmarks())
        if (l.id == id) return l;
    throw std::out_of_range("no landmark " + id);
}

V3 toAtlas(const Landmark& l) {
    if (l.body == "femur") return femurToAtlas(l.p);
    if (l.body == "tibia") return tibiaToAtlas(l.p);
    return l.p;
}

}  // namespace atlasgen
