#pragma once
// Applies the state part of an action (selection, visibility, opacity); camera actions are the
// viewport's and leave the state as it is.
#include "core/scene/action.h"
#include "core/scene/scene_state.h"

namespace av {

void applyToState(const Action& action, const Atlas& atlas, SceneState& state);

}  // namespace av
