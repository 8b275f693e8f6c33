#include "platform/viewer_session.h"

#include "core/atlas/strain_display.h"
#include "core/motion/animations.h"
#include "core/scene/apply_action.h"
#include "platform/glfw_window.h"
#include "render/external_window.h"

#include <vtk_glew.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace av {

ViewerSession::ViewerSession(const Atlas& atlas, const GlfwWindow& window, int width, int height)
    : atlas_(atlas),
      state_(SceneState::forAtlas(atlas)),
      renderWindow_(createExternalRenderWindow([&window] { window.makeCurrent(); }, width, height)),
      viewport_(atlas),
      poser_(atlas) {
    viewport_.attach(renderWindow_);
    setMotion(motion_);
}

ViewerSession::~ViewerSession() { renderWindow_->Finalize(); }

void ViewerSession::apply(const Action& action, double flightSeconds) {
    applyToState(action, atlas_, state_);
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

bool ViewerSession::softwareRenderer() const {
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    return renderer && (std::strstr(renderer, "llvmpipe") || std::strstr(renderer, "softpipe") ||
                        std::strstr(renderer, "Software"));
}

void applyStartOptions(ViewerSession& session, const ViewerOptions& options) {
    for (const auto& id : options.hide) session.apply({Action::Type::SetVisible, id, {}, false}, 0);
    session.setMotion(motionFromOptions(options));
    // After the pose: the view frames the atlas as posed.
    session.apply({Action::Type::SetView, {}, options.view}, 0);
    if (!options.select.empty()) session.apply({Action::Type::Select, options.select}, 0);
}

}  // namespace av
