#include "core/scene/motion_state.h"

#include "core/motion/animations.h"

#include <algorithm>

namespace av {

ResolvedMotion resolveMotion(MotionState motion) {
    ResolvedMotion resolved;
    if (!motion.animation.empty()) {
        const AnimationLookup lookup = findAnimation(motion.animation);
        if (lookup.animation) {
            const AnimationSample sample = lookup.animation->sample(motion.time);
            motion.pose = sample.pose;
            motion.activation = sample.activation;
            motion.sitting = sample.sitting;
            motion.bothLegs = lookup.animation->bothLegs();
        } else {
            resolved.warnings.push_back(lookup.error);
            motion.animation.clear();
            motion.playing = false;
        }
    }
    if (motion.animation.empty()) {
        motion.sitting = 0.0;
        motion.bothLegs = false;
    }
    ClampedPose clamped = clampPose(motion.pose);
    motion.pose = clamped.pose;
    resolved.warnings.insert(resolved.warnings.end(), clamped.warnings.begin(), clamped.warnings.end());
    motion.activation = std::clamp(motion.activation, 0.0, 1.0);
    resolved.motion = std::move(motion);
    return resolved;
}

MotionState motionFromOptions(const ViewerOptions& options) {
    MotionState motion;
    motion.pose = options.pose;
    motion.activation = options.activation;
    motion.animation = options.animation;
    motion.time = options.time;
    motion.showStrain = options.strain.value_or(options.motionGiven);
    return motion;
}

}  // namespace av
