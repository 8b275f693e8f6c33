#include "core/motion/animations.h"

#include <algorithm>

namespace av {
namespace {

KeyframeTrack track(const std::vector<Animation::Row>& rows, double duration, bool looping,
                    double Animation::Row::*column) {
    std::vector<Keyframe> keys;
    for (const Animation::Row& r : rows) keys.push_back({r.at * duration, r.*column});
    return KeyframeTrack(std::move(keys), looping);
}

using Rows = std::vector<Animation::Row>;

// Sagittal sweeps of one or both joints, for teaching how each angle changes hamstring length.
// Keyframes are design choices.
Animation hipExtension() {
    // Straight knee; the hip extends from 90° flexion to 20° extension and back. Activation rises while
    // the hip extends against gravity (design choice).
    return {"hip_extension", "Hip extension (90° to -20°, knee straight)", 5.0, true,
            Rows{{0.0, 90, 0, 0.1, 0}, {0.1, 90, 0, 0.4, 0}, {0.5, -20, 0, 0.3, 0}, {0.6, -20, 0, 0.1, 0},
                 {1.0, 90, 0, 0.1, 0}}};
}

Animation kneeFlexion() {
    // Hip at 0°; the knee bends to 120° and straightens.
    return {"knee_flexion", "Knee flexion (0° to 120°, hip neutral)", 4.0, true,
            Rows{{0.0, 0, 0, 0.1, 0}, {0.45, 0, 120, 0.35, 0}, {0.55, 0, 120, 0.2, 0}, {1.0, 0, 0, 0.1, 0}}};
}

Animation hipAndKnee() {
    // Hip and knee flex together (the biarticular hamstrings change little in length), then the knee
    // straightens with the hip still flexed (they lengthen most): passive, no activation.
    return {"hip_and_knee", "Hip and knee together, then knee extension", 6.0, true,
            Rows{{0.0, 0, 0, 0, 0}, {0.3, 90, 90, 0, 0}, {0.4, 90, 90, 0, 0}, {0.7, 90, 0, 0, 0},
                 {0.8, 90, 0, 0, 0}, {1.0, 0, 0, 0, 0}}};
}

Animation sprintLateSwing() {
    // One sprint stride from foot strike, in slow motion (a stride at top speed takes about 0.5 s; shown
    // here over 2.5 s). Published shape: the hamstrings lengthen through swing and reach peak
    // musculotendon length in late swing near 90% of the cycle (Thelen et al. 2005; Chumanov et al. 2011)
    // while active, the hip flexed beyond about 70° near the end of swing (Guex et al. 2012) and the knee
    // extending; they are active from mid swing through early stance (Chumanov 2011; Schache et al. 2012).
    // The exact angles and activation levels below are design choices in that range.
    return {"sprint_late_swing", "Sprinting stride: late swing (slow motion)", 2.5, true,
            Rows{{0.00, 45, 25, 0.7, 0},    // foot strike
                 {0.12, 25, 40, 0.35, 0},   // mid stance
                 {0.24, -10, 25, 0.1, 0},   // toe-off, hip extended
                 {0.40, 10, 95, 0.05, 0},   // early swing, knee folding
                 {0.52, 40, 118, 0.05, 0},  // mid swing, peak knee flexion (kept under the 120° limit)
                 {0.68, 65, 95, 0.3, 0},    // hip flexing, knee starting to extend
                 {0.80, 72, 55, 0.8, 0},    // peak hip flexion
                 {0.90, 62, 30, 1.0, 0},    // late swing: knee extending, hamstrings longest and fully active
                 {1.00, 45, 25, 0.7, 0}}};  // foot strike again
}

Animation sitDown() {
    // Standing, then lowering onto a hard chair: the trunk leans forward (hip flexion overshoots to about
    // 100°), the buttocks touch the seat, and the weight settles onto the ischial tuberosities (sitting 0 -> 1).
    // The hamstrings work eccentrically during the descent. Angles and timing are design choices.
    return {"sit_down", "Sit down on a hard chair", 4.0, false,
            Rows{{0.0, 0, 0, 0.05, 0}, {0.12, 0, 0, 0.05, 0}, {0.45, 70, 55, 0.35, 0}, {0.68, 100, 90, 0.3, 0},
                 {0.78, 92, 90, 0.1, 0.6}, {0.9, 90, 90, 0.05, 1}, {1.0, 90, 90, 0.05, 1}}};
}

Animation straightLegRaise() {
    // Passive straight-leg raise lying supine: knee straight, hip lifted to 80°, held, lowered. No
    // activation: the strain is passive.
    return {"straight_leg_raise", "Straight-leg raise (passive)", 5.0, true,
            Rows{{0.0, 0, 0, 0, 0}, {0.4, 80, 0, 0, 0}, {0.6, 80, 0, 0, 0}, {1.0, 0, 0, 0, 0}}};
}

Animation isometricBridge() {
    // Long-lever bridge with the heel on a support, knee at 30°: the pelvis lifts until the hip is at 0°,
    // holds isometrically with the hamstrings working, and lowers (design choice).
    return {"isometric_bridge", "Isometric bridge (long lever)", 6.0, true,
            Rows{{0.0, 25, 30, 0.1, 0}, {0.2, 0, 30, 0.6, 0}, {0.7, 0, 30, 0.6, 0}, {0.85, 25, 30, 0.1, 0},
                 {1.0, 25, 30, 0.1, 0}}};
}

Animation hamstringCurl() {
    // Prone leg curl: hip slightly flexed on the bench pad, knee curled to 110° and lowered.
    return {"hamstring_curl", "Prone hamstring curl", 4.0, true,
            Rows{{0.0, 10, 0, 0.1, 0}, {0.05, 10, 0, 0.7, 0}, {0.4, 10, 110, 0.7, 0}, {0.5, 10, 110, 0.5, 0},
                 {0.9, 10, 0, 0.5, 0}, {1.0, 10, 0, 0.1, 0}}};
}

Animation romanianDeadlift() {
    // Hip hinge with the knees soft (15°): the hip flexes to 85° under load and extends back.
    return {"romanian_deadlift", "Romanian deadlift", 5.0, true,
            Rows{{0.0, 0, 15, 0.3, 0}, {0.45, 85, 15, 0.6, 0}, {0.55, 85, 15, 0.7, 0}, {0.9, 0, 15, 0.4, 0},
                 {1.0, 0, 15, 0.3, 0}}};
}

Animation nordicCurl() {
    // Kneeling with the ankles held, body straight (hip 0°): the knee extends from 90° under maximal
    // eccentric effort, the hands catch the fall near 15°, and a push returns to kneeling.
    return {"nordic_curl", "Nordic hamstring curl", 6.0, true,
            Rows{{0.0, 0, 90, 0.3, 0}, {0.1, 0, 90, 0.8, 0}, {0.6, 0, 15, 1.0, 0}, {0.7, 0, 15, 0.2, 0},
                 {0.9, 0, 90, 0.3, 0}, {1.0, 0, 90, 0.3, 0}}};
}

}  // namespace

Animation::Animation(std::string id, std::string display_name, double duration_s, bool looping, const std::vector<Row>& rows)
    : id_(std::move(id)),
      display_name_(std::move(display_name)),
      duration_s_(duration_s),
      looping_(looping),
      hip_(track(rows, duration_s, looping, &Row::hip_flexion_deg)),
      knee_(track(rows, duration_s, looping, &Row::knee_flexion_deg)),
      activation_(track(rows, duration_s, looping, &Row::activation)),
      sitting_(track(rows, duration_s, looping, &Row::sitting)) {}

AnimationSample Animation::sample(double t_s) const {
    AnimationSample s;
    s.pose.hip_flexion_deg = hip_.value(t_s);
    s.pose.knee_flexion_deg = knee_.value(t_s);
    s.activation = std::clamp(activation_.value(t_s), 0.0, 1.0);
    s.sitting = std::clamp(sitting_.value(t_s), 0.0, 1.0);
    return s;
}

const std::vector<Animation>& animations() {
    static const std::vector<Animation> all{hipExtension(),    kneeFlexion(),     hipAndKnee(),
                                            sprintLateSwing(), sitDown(),         straightLegRaise(),
                                            isometricBridge(), hamstringCurl(),   romanianDeadlift(),
                                            nordicCurl()};
    return all;
}

AnimationLookup findAnimation(std::string_view id) {
    AnimationLookup lookup;
    std::string valid;
    for (const Animation& a : animations()) {
        if (a.id() == id) {
            lookup.animation = &a;
            return lookup;
        }
        valid += (valid.empty() ? "" : ", ") + a.id();
    }
    lookup.error = "unknown animation '" + std::string(id) + "'; valid ids: " + valid;
    return lookup;
}

}  // namespace av
