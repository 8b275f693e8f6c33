#pragma once
// Where the camera goes, decided in core from the posed atlas: preset views that frame the whole body, tour
// steps that centre on a structure, a focus that flies to one, and the flight between two poses. The render
// layer only applies the pose it is given and reports the user's own orbiting back. Atlas frame, metres.
#include "core/scene/posed_scene.h"
#include "core/scene/viewer_state.h"

#include <Eigen/Core>

#include <optional>
#include <string>

namespace av {

struct CameraPose {
    Eigen::Vector3d focal = Eigen::Vector3d::Zero();
    Eigen::Vector3d position = Eigen::Vector3d::UnitZ();
    Eigen::Vector3d up = Eigen::Vector3d::UnitY();
};

// What the camera is asked to do.
struct CameraRequest {
    enum class Kind {
        Preset,  // look from `view` at the whole atlas as posed (hidden layers included, so images line up)
        Frame,   // centre on `focus` ("" everything shown), from `view` ("" keeps the direction), at the
                 // distance that frames what is shown, divided by `zoom`
        Focus,   // fly to `focus` keeping the viewing direction, framed with some of its surroundings
    };
    Kind kind = Kind::Preset;
    std::string view;
    std::string focus;
    double zoom = 1.0;
};

// The camera's optics: vertical view angle and width / height of the view.
struct Lens {
    double viewAngleDeg = 30.0;
    double aspect = 1.6;
};

// The pose a request leads to, from the current pose (for the directions it keeps).
CameraPose resolveCamera(const CameraRequest& request, const ViewerState& state, const PosedScene& scene,
                         const CameraPose& current, const Lens& lens);

// A camera flight with ease-in-out from one pose to another.
class CameraFlight {
public:
    CameraFlight() = default;
    CameraFlight(const CameraPose& from, const CameraPose& to, double seconds);
    bool active() const { return active_; }
    // Moves on by dt seconds; the pose to show now.
    CameraPose advance(double dtSeconds);

private:
    CameraPose from_, to_;
    double seconds_ = 0, elapsed_ = 0;
    bool active_ = false;
};

}  // namespace av
