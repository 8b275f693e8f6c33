#include "core/scene/scene_state.h"

namespace av {

SceneState SceneState::forAtlas(const Atlas& atlas) {
    SceneState state;
    state.visible.assign(atlas.structures().size(), true);
    for (const auto& structure : atlas.structures()) state.opacity.push_back(structure.spec.opacity);
    return state;
}

}  // namespace av
