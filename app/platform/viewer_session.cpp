#include "platform/viewer_session.h"

#include "platform/gl_surface.h"
#include "core/palette.h"
#include "render/external_window.h"

#include <vtk_glew.h>

#include <algorithm>

namespace av {

ViewerSession::ViewerSession(const Atlas& atlas, const Content& content, GlSurface& surface)
    : model_(atlas, content), renderWindow_(surface.renderWindow()), viewport_(atlas) {
    viewport_.attach(renderWindow_);
}

void ViewerSession::carryOut(const Effects& effects, double flightSeconds) {
    stale_ = stale_ || effects.changed;
    if (!effects.camera) return;
    // The framing needs the structures where the render list puts them.
    const CameraPose from = viewport_.camera();
    const CameraPose to = resolveCamera(*effects.camera, model_.state(), model_.scene(), from, viewport_.lens());
    lastRequest_ = *effects.camera;
    placed_ = to;
    flight_ = CameraFlight(from, to, flightSeconds);
    if (!flight_.active()) viewport_.setCamera(to);
}

Effects ViewerSession::apply(const Action& action, double flightSeconds) {
    const Effects effects = model_.apply(action);
    carryOut(effects, flightSeconds);
    return effects;
}

Effects ViewerSession::apply(const Actions& actions, double flightSeconds) {
    Effects all;
    for (const auto& action : actions) all += apply(action, flightSeconds);
    return all;
}

void ViewerSession::start(const ViewerOptions& options) {
    carryOut(Effects{true, applyStartOptions(model_, options)}, 0);
}

bool ViewerSession::advance(double dtSeconds) {
    const bool flying = flight_.active();
    if (flying) viewport_.setCamera(flight_.advance(dtSeconds));
    const Effects effects = model_.advance(dtSeconds);
    carryOut(effects, 0);
    return flying || effects.changed;
}

void ViewerSession::setLowDetail(bool low) { carryOut(model_.setLowDetail(low), 0); }

void ViewerSession::render() {
    // The whole window first: the 3D view may fill only the part the panels leave free.
    const int* size = renderWindow_->GetSize();
    glViewport(0, 0, size[0], size[1]);
    glClearColor(palette::kBackgroundBottom[0], palette::kBackgroundBottom[1], palette::kBackgroundBottom[2], 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    if (stale_) {
        list_ = model_.renderList();
        viewport_.sync(list_);
    }
    stale_ = false;
    renderWindow_->Render();
}

std::vector<PlacedLabel> ViewerSession::placeLabels(const std::function<void(const std::string&, float&, float&)>& measure) {
    const int* size = renderWindow_->GetSize();
    const Rect area = area_.area() > 0 ? area_ : Rect{0, 0, float(size[0]), float(size[1])};
    std::vector<LabelRequest> requests;
    for (std::size_t i : list_.labelOrder) {
        const auto box = model_.scene().bounds(i);
        if (!box) continue;
        const Eigen::Vector3d centre(((*box)[0] + (*box)[1]) / 2, ((*box)[2] + (*box)[3]) / 2, ((*box)[4] + (*box)[5]) / 2);
        const auto anchor = viewport_.project(centre);
        if (!anchor) continue;
        const StructureSpec& spec = atlas().structures()[i].spec;
        LabelRequest request{spec.id, spec.name, float((*anchor)[0]), float(size[1] - (*anchor)[1])};
        measure(request.text, request.width, request.height);
        requests.push_back(std::move(request));
    }
    return layoutLabels(requests, area);
}

void ViewerSession::setViewArea(const Rect& area) {
    if (area.x == area_.x && area.y == area_.y && area.width == area_.width && area.height == area_.height) return;
    area_ = area;
    const int* size = renderWindow_->GetSize();
    const double w = std::max(1, size[0]), h = std::max(1, size[1]);
    viewport_.setArea(area.x / w, 1.0 - (area.y + area.height) / h, (area.x + area.width) / w, 1.0 - area.y / h);
    const CameraPose now = viewport_.camera();
    const bool untouched = (now.position - placed_.position).norm() < 1e-9 && (now.focal - placed_.focal).norm() < 1e-9;
    if (untouched && !flight_.active()) {
        placed_ = resolveCamera(lastRequest_, model_.state(), model_.scene(), now, viewport_.lens());
        viewport_.setCamera(placed_);
    }
}

void ViewerSession::resize(int width, int height) { renderWindow_->SetSize(width, height); }

bool ViewerSession::softwareRenderer() const { return isSoftwareRenderer(); }

UltrasoundView ViewerSession::ultrasoundView() {
    UltrasoundView view;
    view.image = model_.ultrasoundImage();
    view.texture = ultrasoundTexture_.update(view.image);
    view.plan = model_.needlePlan();
    return view;
}

}  // namespace av
