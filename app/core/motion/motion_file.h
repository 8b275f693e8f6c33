#pragma once
// Motions as data (annotations/motions/<id>.json; format in docs/annotation-format.md), like tours: keyframes of
// hip and knee flexion, hamstring activation and how far the weight rests on the sit bones, with the motion's
// name, duration, whether it loops, its place in the menu and what its numbers rest on.
#include "core/diagnostics.h"
#include "core/motion/animations.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace av {

inline constexpr const char* kMotionFormat = "anatomy-viewer-motion";
inline constexpr int kMotionVersion = 1;

// One motion file; what is wrong is reported with its line and the file is left out.
std::optional<Animation> parseMotion(const std::string& text, const std::string& file, Diagnostics& diagnostics);
// Every *.json of the folder, in menu order; a motion's id must match its file name and be unique.
std::vector<Animation> loadMotions(const std::filesystem::path& folder, Diagnostics& diagnostics);

}  // namespace av
