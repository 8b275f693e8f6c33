#pragma once
// What the user has done to the atlas, apart from the camera: which structures show, how opaque,
// which one is selected or under the mouse. Plain data that the renderer and the panels read.
#include "core/atlas/atlas.h"

#include <optional>
#include <string>
#include <vector>

namespace av {

struct SceneState {
    std::vector<bool> visible;   // per structure index
    std::vector<float> opacity;  // per structure index, 0..1
    std::optional<std::size_t> selected;
    std::optional<std::size_t> hovered;
    std::string view = "posterior";  // the last preset view chosen
    std::vector<std::size_t> highlighted;  // shown in the highlight colour besides the selection
    bool xray = false;                     // all but the selection and highlights see-through

    static SceneState forAtlas(const Atlas& atlas);
};


}  // namespace av
