#pragma once
// Keyframed movements of the right leg with a hamstring activation profile, read from the motion files
// (annotations/motions/*.json, core/motion/motion_file.h). Sagittal-plane only (hip adduction and rotation stay
// 0). Angles in degrees, time in seconds, activation 0..1.
#include "core/motion/keyframes.h"
#include "core/motion/pose.h"

#include <string>
#include <string_view>
#include <vector>

namespace av {

struct AnimationSample {
    Pose pose;
    double activation = 0.0;  // hamstring activation, 0..1, the same for all four units
    // 0..1: how far the body weight rests on the ischial tuberosities (0 = off the seat, 1 = seated). Only
    // sit_down uses it; the renderer can slide gluteus maximus off the tuberosity with it (or with the hip
    // flexion, which also rises as the person sits).
    double sitting = 0.0;
};

class Animation {
public:
    // One keyframe row; `at` is a fraction 0..1 of the duration.
    struct Row {
        double at;
        double hip_flexion_deg;
        double knee_flexion_deg;
        double activation;
        double sitting;
    };

    Animation(std::string id, std::string display_name, double duration_s, bool looping, const std::vector<Row>& rows);

    const std::string& id() const { return id_; }
    // Place in the menu (smaller first).
    int order() const { return order_; }
    void setOrder(int order) { order_ = order; }
    // Both legs move alike (sitting down); otherwise the left leg stands while the right one moves.
    bool bothLegs() const { return both_legs_; }
    void setBothLegs(bool both) { both_legs_ = both; }
    const std::string& displayName() const { return display_name_; }
    double durationSeconds() const { return duration_s_; }
    bool looping() const { return looping_; }
    // When its keyframes fall, seconds from the start (what checks of the posed body sample).
    const std::vector<double>& keyframeTimes() const { return keyframe_times_; }

    // The state at time t_s: wraps around when looping, else holds the first/last frame outside
    // 0..duration.
    AnimationSample sample(double t_s) const;

private:
    std::string id_, display_name_;
    double duration_s_;
    bool looping_;
    int order_ = 0;
    bool both_legs_ = false;
    KeyframeTrack hip_, knee_, activation_, sitting_;
    std::vector<double> keyframe_times_;
};

// The shipped motions in menu order, read once from the annotations folder found beside the executable (a
// motion file that cannot be used is reported on standard error, naming the file, and left out).
const std::vector<Animation>& animations();

struct AnimationLookup {
    const Animation* animation = nullptr;  // null when the id is unknown
    std::string error;                     // then: "unknown animation 'x'; valid ids: hip_extension, ..."
};
AnimationLookup findAnimation(std::string_view id);

}  // namespace av
