#pragma once
// The needle planner: what a needle from its entry on the skin to its tip passes through, where its tip
// is, how close the WHOLE shaft comes to the nerves, whether it lies in the probe's slice, and what to
// warn about. It reads every structure of the posed scene (full detail), shown or hidden: safety does not
// depend on what the screen shows. Atlas frame, metres; reported distances in millimetres.
#include "core/instruments/instruments.h"
#include "core/pathology/pathology_overlay.h"
#include "core/scene/posed_scene.h"
#include "core/ultrasound/scan_geometry.h"

#include <optional>
#include <string>
#include <vector>

namespace av {

struct NeedlePlanOptions {
    double nearNerveMm = 5;                          // near_nerve when the shaft comes closer than this
    std::string targetId = "ischiogluteal_bursa";    // the structure the injection aims at
    std::vector<std::string> nerveIds = {"sciatic_nerve", "tibial_nerve", "common_fibular_nerve"};  // those present count
    std::string tuberosityId = "ischial_tuberosity";
    std::string sciaticId = "sciatic_nerve";
    std::string levelId = "conjoint_tendon_footprint";  // the gap is measured at the height of its centre
    double needleRadiusMm = 0.36;                    // 22 G (0.72 mm across)
};

// Warning kinds (a contract): near_nerve, in_tendon, through_bone, beyond_target.
struct NeedleWarning {
    std::string kind;
    std::string message;
};

struct NeedlePlan {
    Needle needle;
    std::vector<std::string> crossed;           // structures the shaft is inside somewhere, in the order it enters them
                                                // (the skin first; regions, which only label a bone's surface, left out)
    std::string tipStructure;                   // the innermost structure at the tip; "" in plain soft tissue or outside
    std::optional<double> tipToTargetMm;        // 0 inside the target; nullopt without one in the atlas
    std::optional<double> minNerveDistanceMm;   // shaft to the nearest nerve surface (0 when it pierces one)
    std::string nearestNerve;
    std::optional<double> tuberosityToNerveMm;  // ischial tuberosity to sciatic nerve, at the current pose
    std::optional<bool> inPlane;                // within the probe's slice; nullopt without a probe
    double planeOffsetMm = 0;                   // the farthest the shaft lies from the image plane
    double sliceThicknessMm = 0;
    std::vector<NeedleWarning> warnings;

    bool warns(const std::string& kind) const;
};

// near_nerve and through_bone endanger the patient; in_tendon and beyond_target put the injection in the
// wrong place (the needle's colour and the panel tell them apart).
bool isDangerWarning(const std::string& kind);

// `probe` and `settings` give the image plane and the slice thickness (sliceThicknessMm) for in_plane.
NeedlePlan planNeedle(const PosedScene& scene, const Needle& needle, const std::optional<Probe>& probe,
                      const UltrasoundSettings& settings, const NeedlePlanOptions& options = {},
                      const PathologyOverlay* pathology = nullptr);

// The gap between the ischial tuberosity (its region) and the sciatic nerve at the scene's pose, where the
// injection is made and the gap is measured on a transverse scan: in the transverse plane (normal: the atlas
// Y axis) through the centre of the hamstring origin (options.levelId, else the tuberosity's centre), the
// shortest distance between the two outlines, mm (the nerve only within 7 cm of the tuberosity, so the
// thigh's part of it, swung up by hip flexion, does not count). nullopt when either is missing or the
// plane misses one of them.
std::optional<double> tuberosityToNerveMm(const PosedScene& scene, const NeedlePlanOptions& options = {});

}  // namespace av
