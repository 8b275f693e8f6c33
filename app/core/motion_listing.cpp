#include "core/motion_listing.h"

#include "core/motion/animations.h"

#include <cstdio>

namespace av {

nlohmann::json listAnimationsJson() {
    nlohmann::json list = nlohmann::json::array();
    for (const Animation& animation : animations())
        list.push_back({{"id", animation.id()},
                        {"name", animation.displayName()},
                        {"duration_s", animation.durationSeconds()},
                        {"looping", animation.looping()}});
    return list;
}

std::string listAnimationsText() {
    std::string text;
    char line[200];
    for (const Animation& animation : animations()) {
        std::snprintf(line, sizeof line, "%-20s %5.1f s  %s\n", animation.id().c_str(), animation.durationSeconds(),
                      animation.displayName().c_str());
        text += line;
    }
    return text;
}

std::string musclesReportText(const std::vector<MuscleState>& states) {
    std::string text = "muscle                      MTU mm  fibre mm  tendon mm  strain %  hip ext arm mm  knee flex arm mm\n";
    char line[200];
    for (const MuscleState& s : states) {
        std::snprintf(line, sizeof line, "%-26s %7.1f %9.1f %10.1f %9.2f %15.1f %17.1f\n", s.id.c_str(),
                      s.mtu_length_m * 1000, s.fiber_length_m * 1000, s.tendon_length_m * 1000, s.tendon_strain * 100,
                      s.hip_extension_moment_arm_m * 1000, s.knee_flexion_moment_arm_m * 1000);
        text += line;
    }
    return text;
}

}  // namespace av
