#include "core/scene/viewer_state.h"

namespace av {

ViewerState ViewerState::forAtlas(const Atlas& atlas) {
    ViewerState state;
    state.visible.assign(atlas.structures().size(), true);
    for (const auto& structure : atlas.structures()) state.opacity.push_back(structure.spec.opacity);
    return state;
}

}  // namespace av
