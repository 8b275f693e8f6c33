#include "core/views.h"

namespace av {

const std::vector<ViewPreset>& viewPresets() {
    static const std::vector<ViewPreset> presets = {
        {"anterior", {1, 0, 0}, {0, 1, 0}, false},  {"posterior", {-1, 0, 0}, {0, 1, 0}, false},
        {"lateral", {0, 0, 1}, {0, 1, 0}, false},   {"medial", {0, 0, -1}, {0, 1, 0}, true},
        {"superior", {0, 1, 0}, {1, 0, 0}, false},  {"inferior", {0, -1, 0}, {1, 0, 0}, false},
    };
    return presets;
}

std::optional<ViewPreset> findViewPreset(const std::string& name) {
    for (const auto& preset : viewPresets())
        if (preset.name == name) return preset;
    return std::nullopt;
}

std::vector<std::string> viewPresetNames() {
    std::vector<std::string> names;
    for (const auto& preset : viewPresets()) names.push_back(preset.name);
    return names;
}

}  // namespace av
