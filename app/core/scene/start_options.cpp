// The command line's start options applied to a fresh model, for the window and headless images alike.
#include "core/scene/viewer_model.h"

namespace av {
namespace {

Eigen::Vector3d vector(const std::array<double, 3>& v) { return {v[0], v[1], v[2]}; }

// The pathologies, probe, scanner and needle of the command line, over what a tour step set.
void applyUltrasoundOptions(ViewerModel& model, const ViewerOptions& options) {
    if (options.pathology) model.apply(act::SetPathology{*options.pathology});
    if (!options.probePreset.empty()) {
        model.apply(act::UseProbePreset{options.probePreset});
    } else if (options.probePoint) {
        std::optional<Eigen::Vector3d> axis;
        if (options.probeAxis) axis = vector(*options.probeAxis);
        model.apply(act::PlaceProbe{vector(*options.probePoint), axis});
    }
    if (options.probeType) model.apply(act::SetProbeType{*options.probeType});
    if (options.depthCm || options.frequencyMhz || options.gainDb) {
        UltrasoundSettings settings = model.state().ultrasound;
        settings.depthCm = options.depthCm.value_or(settings.depthCm);
        settings.frequencyMhz = options.frequencyMhz.value_or(settings.frequencyMhz);
        settings.gainDb = options.gainDb.value_or(settings.gainDb);
        model.apply(act::SetUltrasound{settings});
    }
    if (!options.needlePreset.empty()) model.apply(act::UseNeedlePreset{options.needlePreset});
    else if (options.needleEntry && options.needleTip)
        model.apply(act::PlaceNeedle{vector(*options.needleEntry), vector(*options.needleTip)});
}

}  // namespace

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
    applyUltrasoundOptions(model, options);
    return effects.camera.value_or(CameraRequest{CameraRequest::Kind::Preset, model.state().view, {}, 1.0});
}

}  // namespace av
