#include "platform/viewer_session.h"

#include "platform/gl_surface.h"
#include "render/external_window.h"

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
    if (stale_) {
        list_ = model_.renderList();
        viewport_.sync(list_);
    }
    stale_ = false;
    renderWindow_->Render();
}

std::vector<PlacedLabel> ViewerSession::placeLabels(const std::function<void(const std::string&, float&, float&)>& measure) {
    const int* size = renderWindow_->GetSize();
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
    return layoutLabels(requests, float(size[0]), float(size[1]));
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
