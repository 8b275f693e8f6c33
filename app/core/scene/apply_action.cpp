#include "core/scene/apply_action.h"

#include "core/views.h"

#include <algorithm>

namespace av {
namespace {

void setVisibleWithParts(const Atlas& atlas, SceneState& state, std::size_t index, bool visible) {
    state.visible[index] = visible;
    for (std::size_t part : atlas.structures()[index].parts) setVisibleWithParts(atlas, state, part, visible);
}

}  // namespace

void applyToState(const Action& action, const Atlas& atlas, SceneState& state) {
    const auto index = atlas.indexOf(action.id);
    switch (action.type) {
    case Action::Type::Select:
        state.selected = index;
        if (index) state.visible[*index] = true;
        break;
    case Action::Type::Hover:
        state.hovered = index;
        break;
    case Action::Type::SetView:
        if (findViewPreset(action.text)) state.view = action.text;
        break;
    case Action::Type::SetVisible:
        // Hiding a structure hides its parts too (a bone's regions, a group's members).
        if (index) setVisibleWithParts(atlas, state, *index, action.flag);
        break;
    case Action::Type::SetOpacity:
        if (index) state.opacity[*index] = std::clamp(action.value, 0.0f, 1.0f);
        break;
    case Action::Type::ShowOnly:
        if (!index) break;
        std::fill(state.visible.begin(), state.visible.end(), false);
        setVisibleWithParts(atlas, state, *index, true);
        break;
    case Action::Type::ShowAll:
        std::fill(state.visible.begin(), state.visible.end(), true);
        break;
    case Action::Type::SetLayer:
        for (std::size_t i = 0; i < atlas.structures().size(); ++i)
            if (kindName(atlas.structures()[i].spec.kind) == action.text) state.visible[i] = action.flag;
        break;
    default:  // camera, motion and explanation actions are applied elsewhere
        break;
    }
}

}  // namespace av
