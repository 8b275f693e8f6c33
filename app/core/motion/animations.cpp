#include "core/motion/animations.h"

#include "core/annotations/content.h"
#include "core/motion/motion_file.h"

#include <algorithm>

namespace av {
namespace {

KeyframeTrack track(const std::vector<Animation::Row>& rows, double duration, bool looping,
                    double Animation::Row::*column) {
    std::vector<Keyframe> keys;
    for (const Animation::Row& r : rows) keys.push_back({r.at * duration, r.*column});
    return KeyframeTrack(std::move(keys), looping);
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
      sitting_(track(rows, duration_s, looping, &Row::sitting)) {
    for (const Row& row : rows) keyframe_times_.push_back(row.at * duration_s);
}

AnimationSample Animation::sample(double t_s) const {
    AnimationSample s;
    s.pose.hip_flexion_deg = hip_.value(t_s);
    s.pose.knee_flexion_deg = knee_.value(t_s);
    s.activation = std::clamp(activation_.value(t_s), 0.0, 1.0);
    s.sitting = std::clamp(sitting_.value(t_s), 0.0, 1.0);
    return s;
}

const std::vector<Animation>& animations() {
    static const std::vector<Animation> all = [] {
        Diagnostics diagnostics;
        auto motions = loadMotions(defaultAnnotationsFolder() / "motions", diagnostics);
        printDiagnostics(diagnostics);
        return motions;
    }();
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
