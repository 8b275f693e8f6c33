#include "core/scene/camera.h"

#include "core/views.h"

#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>

namespace av {
namespace {

using V3 = Eigen::Vector3d;

struct Box {
    V3 lo = V3::Constant(1e30), hi = V3::Constant(-1e30);
    bool empty() const { return lo.x() > hi.x(); }
    V3 centre() const { return (lo + hi) / 2; }
};

Box boxOf(const PosedScene& scene, const std::vector<std::size_t>& indices) {
    Box box;
    for (std::size_t i : indices)
        if (const auto b = scene.bounds(i)) {
            box.lo = box.lo.cwiseMin(V3((*b)[0], (*b)[2], (*b)[4]));
            box.hi = box.hi.cwiseMax(V3((*b)[1], (*b)[3], (*b)[5]));
        }
    return box;
}

double tanHalf(const Lens& lens) { return std::tan(lens.viewAngleDeg * M_PI / 360.0); }

// The camera distance at which the box, seen along -towards with the given up, fills the view (height or
// width, whichever binds) with a margin.
double fitDistance(const Box& box, const V3& towards, const V3& up, const Lens& lens) {
    if (box.empty()) return 1.0;
    const V3 half = (box.hi - box.lo) / 2;
    const V3 right = up.cross(towards);
    auto extent = [&half](const V3& axis) { return half.dot(axis.cwiseAbs()); };
    const double distance = std::max(extent(up) / tanHalf(lens), extent(right) / (tanHalf(lens) * std::max(0.1, lens.aspect)));
    return 1.08 * distance + extent(towards);
}

std::vector<std::size_t> drawable(const Atlas& atlas, const std::vector<bool>* visible, bool hideLeft) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < atlas.structures().size(); ++i) {
        const StructureSpec& spec = atlas.structures()[i].spec;
        if (spec.isGroup() || (hideLeft && spec.onLeftSide()) || (visible && !(*visible)[i])) continue;
        out.push_back(i);
    }
    return out;
}

CameraPose lookAt(const V3& centre, const V3& towards, double distance, const V3& up) {
    return {centre, centre + towards * distance, up};
}

}  // namespace

CameraPose resolveCamera(const CameraRequest& request, const ViewerState& state, const PosedScene& scene,
                         const CameraPose& current, const Lens& lens) {
    const Atlas& atlas = scene.atlas();
    V3 towards = (current.position - current.focal).normalized(), up = current.up;
    const auto preset = findViewPreset(request.view);
    if (preset) {
        towards = V3(preset->towardsCamera.data());
        up = V3(preset->up.data());
    }
    const bool hideLeft = preset ? preset->hidesLeftSide : [&] {
        const auto shown = findViewPreset(state.view);
        return shown && shown->hidesLeftSide;
    }();
    switch (request.kind) {
    case CameraRequest::Kind::Preset: {
        if (!preset) return current;
        // The whole atlas as posed, not just what shows: hiding a layer keeps the framing.
        const Box box = boxOf(scene, drawable(atlas, nullptr, hideLeft));
        return lookAt(box.centre(), towards, fitDistance(box, towards, up, lens), up);
    }
    case CameraRequest::Kind::Frame: {
        const auto shown = drawable(atlas, &state.visible, hideLeft);
        const Box framed = boxOf(scene, shown);
        const auto focus = atlas.indexOf(request.focus);
        const Box centred = focus ? boxOf(scene, atlas.drawnIndices(*focus)) : framed;
        const V3 centre = centred.empty() ? framed.centre() : centred.centre();
        return lookAt(centre, towards, fitDistance(framed, towards, up, lens) / std::max(0.1, request.zoom), up);
    }
    case CameraRequest::Kind::Focus: {
        const auto focus = atlas.indexOf(request.focus);
        if (!focus) return current;
        const Box box = boxOf(scene, atlas.drawnIndices(*focus));
        if (box.empty()) return current;
        // Frame the structure with some of its surroundings: a small one alone would fill the screen.
        const double radius = std::max((box.hi - box.lo).norm() / 2, 0.06) * 1.3;
        const double distance = 1.1 * radius / std::sin(lens.viewAngleDeg * M_PI / 360.0);
        return lookAt(box.centre(), towards, distance, current.up);
    }
    }
    return current;
}

CameraFlight::CameraFlight(const CameraPose& from, const CameraPose& to, double seconds)
    : from_(from), to_(to), seconds_(seconds), active_(seconds > 0) {}

CameraPose CameraFlight::advance(double dtSeconds) {
    if (!active_) return to_;
    elapsed_ += dtSeconds;
    const double t = std::min(1.0, elapsed_ / seconds_);
    const double s = t * t * (3 - 2 * t);  // ease in and out
    auto mix = [s](const V3& a, const V3& b) { return V3(a + (b - a) * s); };
    active_ = t < 1.0;
    return {mix(from_.focal, to_.focal), mix(from_.position, to_.position), mix(from_.up, to_.up).normalized()};
}

}  // namespace av
