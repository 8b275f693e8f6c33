#include "platform/viewer_session.h"

#include "core/scene/apply_action.h"
#include "platform/glfw_window.h"
#include "render/external_window.h"

#include <vtk_glew.h>

#include <cstring>

namespace av {

ViewerSession::ViewerSession(const Atlas& atlas, const GlfwWindow& window, int width, int height)
    : atlas_(atlas),
      state_(SceneState::forAtlas(atlas)),
      renderWindow_(createExternalRenderWindow([&window] { window.makeCurrent(); }, width, height)),
      viewport_(atlas) {
    viewport_.attach(renderWindow_);
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

void ViewerSession::resize(int width, int height) { renderWindow_->SetSize(width, height); }

bool ViewerSession::softwareRenderer() const {
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    return renderer && (std::strstr(renderer, "llvmpipe") || std::strstr(renderer, "softpipe") ||
                        std::strstr(renderer, "Software"));
}

void applyStartOptions(ViewerSession& session, const ViewerOptions& options) {
    for (const auto& id : options.hide) session.apply({Action::Type::SetVisible, id, {}, false}, 0);
    session.apply({Action::Type::SetView, {}, options.view}, 0);
    if (!options.select.empty()) session.apply({Action::Type::Select, options.select}, 0);
}

}  // namespace av
