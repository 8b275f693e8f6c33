// The command line's start options applied to a fresh model, for the window and headless images alike.
#include "core/scene/viewer_model.h"

namespace av {

CameraRequest applyStartOptions(ViewerModel& model, const ViewerOptions& options) {
    for (const auto& id : options.hide) model.apply(act::SetVisible{id, false});
    model.apply(act::SetMotion{motionFromOptions(options)});
    // After the pose: the view frames the atlas as posed.
    Effects effects = model.apply(act::SetView{options.view});
    if (!options.select.empty()) model.apply(act::Select{options.select});
    if (!options.annotation.empty()) model.apply(act::OpenAnnotation{options.annotation});
    if (options.xray) model.apply(act::SetXray{true});
    if (options.labels) model.apply(act::SetLabels{true});
    // A tour step sets the whole scene, its own view included.
    if (!options.tour.empty()) effects += model.apply(act::StartTour{options.tour, std::size_t(std::max(1, options.step))});
    return effects.camera.value_or(CameraRequest{CameraRequest::Kind::Preset, model.state().view, {}, 1.0});
}

}  // namespace av
