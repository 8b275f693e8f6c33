#include "platform/viewer_session.h"

#include "core/atlas/strain_display.h"
#include "core/motion/animations.h"
#include "core/scene/apply_action.h"
#include "core/views.h"
#include "platform/gl_surface.h"
#include "render/external_window.h"

#include <vtk_glew.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace av {

ViewerSession::ViewerSession(const Atlas& atlas, const Content& content, GlSurface& surface)
    : atlas_(atlas),
      content_(content),
      state_(SceneState::forAtlas(atlas)),
      renderWindow_(surface.renderWindow()),
      viewport_(atlas),
      poser_(atlas) {
    viewport_.attach(renderWindow_);
    setMotion(motion_);
}

void ViewerSession::apply(const Action& action, double flightSeconds) {
    applyToState(action, atlas_, state_);
    const std::string mimic = explain_.mimic;
    if (const auto camera = applyToExplain(action, atlas_, content_, {state_, motion_, explain_})) {
        setMotion(motion_);  // a tour step sets the pose ...
        applyCamera(*camera, flightSeconds);
        viewport_.setInstruments(explain_.probe, explain_.needle);  // ... and the probe and needle
    } else if (action.type == Action::Type::EndTour) {
        viewport_.setInstruments(explain_.probe, explain_.needle);
    }
    if (explain_.mimic != mimic) {
        const Mimic* shown = nullptr;
        for (const auto& candidate : content_.mimics)
            if (candidate.id == explain_.mimic) shown = &candidate;
        viewport_.setMimic(shown);
    }
    switch (action.type) {
    case Action::Type::SetView:
        viewport_.setView(state_.view);
        break;
    case Action::Type::ResetView:
        viewport_.setView(state_.view);
        break;
    case Action::Type::SetMotion:
        setMotion(action.motion);
        break;
    case Action::Type::Focus:
        if (auto index = atlas_.indexOf(action.id)) viewport_.focus(*index, flightSeconds);
        break;
    default:
        break;
    }
    viewport_.sync(state_);
}

void ViewerSession::apply(const Actions& actions, double flightSeconds) {
    for (const auto& action : actions) apply(action, flightSeconds);
}

void ViewerSession::render() { renderWindow_->Render(); }

void ViewerSession::applyCamera(const CameraRequest& request, double flightSeconds) {
    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < atlas_.structures().size(); ++i)
        if (state_.visible[i] && !atlas_.structures()[i].spec.isGroup()) shown.push_back(i);
    const auto focus = atlas_.indexOf(request.focus);
    if (findViewPreset(request.view)) state_.view = request.view;
    viewport_.frame(focus ? atlas_.drawnIndices(*focus) : shown, shown, request.view, request.zoom, flightSeconds);
}

std::vector<PlacedLabel> ViewerSession::placeLabels(const std::function<void(const std::string&, float&, float&)>& measure) {
    // The highlighted and selected structures first (they matter most), then the rest on show.
    std::vector<std::size_t> order = state_.highlighted;
    if (state_.selected)
        for (std::size_t drawn : atlas_.drawnIndices(*state_.selected)) order.push_back(drawn);
    const bool focused = !order.empty();
    for (std::size_t i = 0; i < atlas_.structures().size(); ++i) {
        const StructureKind kind = atlas_.structures()[i].spec.kind;
        if (!focused && kind != StructureKind::Skin && !atlas_.structures()[i].spec.isGroup()) order.push_back(i);
    }
    const int* size = renderWindow_->GetSize();
    std::vector<LabelRequest> requests;
    std::vector<bool> seen(atlas_.structures().size());
    for (std::size_t i : order) {
        if (seen[i] || !state_.visible[i]) continue;
        seen[i] = true;
        const auto anchor = viewport_.project(i);
        if (!anchor) continue;
        LabelRequest request{atlas_.structures()[i].spec.id, atlas_.structures()[i].spec.name, float((*anchor)[0]),
                             float(size[1] - (*anchor)[1])};
        measure(request.text, request.width, request.height);
        requests.push_back(std::move(request));
    }
    return layoutLabels(requests, float(size[0]), float(size[1]));
}

void ViewerSession::setMotion(MotionState motion) {
    ResolvedMotion resolved = resolveMotion(std::move(motion));
    poseWarnings_ = std::move(resolved.warnings);
    motion_ = std::move(resolved.motion);
    muscles_ = muscleStates(motion_.pose, motion_.activation);
    poser_.update(motion_.pose, viewport_.lowDetail());
    viewport_.setPose(poser_.posed());
    std::vector<std::optional<std::array<float, 3>>> colors;
    if (motion_.showStrain)
        for (const auto& strain : structureStrains(atlas_, muscles_))
            colors.push_back(strain ? std::optional(strainColor(*strain)) : std::nullopt);
    viewport_.setColorOverrides(std::move(colors));
    viewport_.sync(state_);
}

bool ViewerSession::advanceAnimation(double dtSeconds) {
    if (!motion_.playing || motion_.animation.empty()) return false;
    const Animation* animation = findAnimation(motion_.animation).animation;
    MotionState next = motion_;
    next.time += dtSeconds * next.speed;
    if (animation && next.time > animation->durationSeconds()) {
        if (next.loop) next.time = std::fmod(next.time, animation->durationSeconds());
        else {
            next.time = animation->durationSeconds();
            next.playing = false;
        }
    }
    setMotion(std::move(next));
    return true;
}

void ViewerSession::setLowDetail(bool low) {
    viewport_.setLowDetail(low);
    setMotion(motion_);  // deformed meshes are recomputed for the detail now on show
}

void ViewerSession::resize(int width, int height) { renderWindow_->SetSize(width, height); }

bool ViewerSession::softwareRenderer() const { return isSoftwareRenderer(); }

void applyStartOptions(ViewerSession& session, const ViewerOptions& options) {
    for (const auto& id : options.hide) session.apply({Action::Type::SetVisible, id, {}, false}, 0);
    session.setMotion(motionFromOptions(options));
    // After the pose: the view frames the atlas as posed.
    session.apply({Action::Type::SetView, {}, options.view}, 0);
    if (!options.select.empty()) session.apply({Action::Type::Select, options.select}, 0);
    if (!options.annotation.empty()) session.apply({Action::Type::OpenAnnotation, options.annotation}, 0);
    if (options.xray) session.apply({Action::Type::SetXray, {}, {}, true}, 0);
    if (options.labels) session.apply({Action::Type::SetLabels, {}, {}, true}, 0);
    // A tour step sets the whole scene, its own view included.
    if (!options.tour.empty()) session.apply({Action::Type::StartTour, options.tour, {}, false, float(options.step)}, 0);
}

}  // namespace av
