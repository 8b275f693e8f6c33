// Rules for what shows and the selection: select, hover, visibility, opacity, layers, x-ray, labels, views.
#include "core/scene/model_parts.h"
#include "core/views.h"

#include <algorithm>

namespace av {
namespace {

Effects changedIf(bool changed) {
    Effects effects;
    effects.changed = changed;
    return effects;
}

// Hiding a structure hides its parts too (a bone's regions, a group's members).
void setVisibleWithParts(const Atlas& atlas, ViewerState& state, std::size_t index, bool visible) {
    state.visible[index] = visible;
    for (std::size_t part : atlas.structures()[index].parts) setVisibleWithParts(atlas, state, part, visible);
}

Effects cameraEffect(CameraRequest request) {
    Effects effects;
    effects.changed = true;
    effects.camera = std::move(request);
    return effects;
}

}  // namespace

Effects rule(Parts& parts, const act::Select& a) {
    const auto index = parts.atlas.indexOf(a.id);
    const bool changed = index != parts.state.selected || (index && !parts.state.visible[*index]);
    parts.state.selected = index;
    if (index) parts.state.visible[*index] = true;
    // In a quiz a click answers the open structure question (once).
    return changedIf((index && answerQuiz(parts, a.id)) || changed);
}

Effects rule(Parts& parts, const act::Hover& a) {
    const auto index = parts.atlas.indexOf(a.id);
    // Hovering the same structure again changes nothing: the loop may rest.
    if (index == parts.state.hovered) return {};
    parts.state.hovered = index;
    return changedIf(true);
}

Effects rule(Parts& parts, const act::Focus& a) {
    if (!parts.atlas.indexOf(a.id)) return {};
    return cameraEffect({CameraRequest::Kind::Focus, {}, a.id, 1.0});
}

Effects rule(Parts& parts, const act::SetView& a) {
    if (!findViewPreset(a.view)) return {};
    parts.state.view = a.view;
    return cameraEffect({CameraRequest::Kind::Preset, a.view, {}, 1.0});
}

Effects rule(Parts& parts, const act::ResetView&) {
    return cameraEffect({CameraRequest::Kind::Preset, parts.state.view, {}, 1.0});
}

Effects rule(Parts& parts, const act::SetVisible& a) {
    const auto index = parts.atlas.indexOf(a.id);
    if (!index) return {};
    setVisibleWithParts(parts.atlas, parts.state, *index, a.visible);
    return changedIf(true);
}

Effects rule(Parts& parts, const act::SetOpacity& a) {
    const auto index = parts.atlas.indexOf(a.id);
    if (!index) return {};
    parts.state.opacity[*index] = std::clamp(a.opacity, 0.0f, 1.0f);
    return changedIf(true);
}

Effects rule(Parts& parts, const act::ShowOnly& a) {
    const auto index = parts.atlas.indexOf(a.id);
    if (!index) return {};
    std::fill(parts.state.visible.begin(), parts.state.visible.end(), false);
    setVisibleWithParts(parts.atlas, parts.state, *index, true);
    return changedIf(true);
}

Effects rule(Parts& parts, const act::ShowAll&) {
    std::fill(parts.state.visible.begin(), parts.state.visible.end(), true);
    return changedIf(true);
}

Effects rule(Parts& parts, const act::SetLayer& a) {
    for (std::size_t i = 0; i < parts.atlas.structures().size(); ++i)
        if (parts.atlas.structures()[i].spec.kind == a.kind) parts.state.visible[i] = a.shown;
    return changedIf(true);
}

Effects rule(Parts& parts, const act::SetXray& a) {
    const bool changed = parts.state.xray != a.on;
    parts.state.xray = a.on;
    return changedIf(changed);
}

Effects rule(Parts& parts, const act::SetLabels& a) {
    const bool changed = parts.state.labels != a.on;
    parts.state.labels = a.on;
    return changedIf(changed);
}

Effects rule(Parts& parts, const act::SetLargeText& a) {
    const bool changed = parts.state.largeText != a.on;
    parts.state.largeText = a.on;
    return changedIf(changed);
}

Effects rule(Parts& parts, const act::SetMotion& a) { return parts.setMotion(a.motion); }

}  // namespace av
