#pragma once
// The preset views, as plain camera directions in the atlas frame (X anterior, Y superior, Z right).
// The right limb is the complete one, so "lateral" looks at it from the subject's right and "medial"
// from the midline (with the left side out of the way).
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace av {

struct ViewPreset {
    std::string name;
    std::array<double, 3> towardsCamera;  // unit vector from the focal point to the camera
    std::array<double, 3> up;             // screen-up direction
    bool hidesLeftSide;                   // the left-side copies would block this view
};

const std::vector<ViewPreset>& viewPresets();
std::optional<ViewPreset> findViewPreset(const std::string& name);
std::vector<std::string> viewPresetNames();

}  // namespace av
