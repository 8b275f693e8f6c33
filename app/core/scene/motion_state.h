#pragma once
// The motion the user has set: the pose and activation, or an animation playing on a timeline, and
// whether strain colours show. Degrees, seconds, activation 0..1.
#include "core/motion/pose.h"

#include <string>

namespace av {

struct MotionState {
    Pose pose;                 // the pose on show (an animation writes it each frame)
    double activation = 0.0;   // hamstring activation, 0..1
    double sitting = 0.0;      // 0..1, how far the weight rests on a seat (an animation's; 0 without one)
    bool bothLegs = false;     // the left leg takes the pose too (an animation's; the left leg stands without one)
    std::string animation;     // id of the animation on the timeline, or empty
    double time = 0.0;         // seconds into the animation
    bool playing = false;
    double speed = 1.0;        // playback rate
    bool loop = true;
    bool showStrain = false;   // colour tendons and muscles by strain
};

}  // namespace av

#include "core/viewer_options.h"

#include <vector>

namespace av {

struct ResolvedMotion {
    MotionState motion;
    std::vector<std::string> warnings;  // clamped angles, an unknown animation
};

// Takes the animation's pose and activation at motion.time (when one is set and known), then clamps the
// pose to the anatomical limits and the activation to 0..1.
ResolvedMotion resolveMotion(MotionState motion);

// The left leg's pose: the same as the right's when the motion moves both legs, else standing.
inline Pose leftPose(const MotionState& motion) { return motion.bothLegs ? motion.pose : Pose{}; }

// The motion the command line asks for (--hip-flexion ... --animation, --time, --strain).
MotionState motionFromOptions(const ViewerOptions& options);

}  // namespace av
