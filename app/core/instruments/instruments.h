#pragma once
// The ultrasound probe and the needle as instruments in the scene, not decorations: where they are on the
// posed body, in the atlas frame (metres; X anterior, Y superior, Z right). Tours, presets, clicks and keys
// all set them through this model; the render list draws them and the ultrasound and needle planner read them.
#include <Eigen/Core>

#include <optional>
#include <string>

namespace av {

enum class ProbeType { Linear, Curvilinear };
// The arrays' lengths: a linear probe for the hip and thigh, a curvilinear one for a deep buttock.
inline constexpr double kLinearFootprintMm = 38, kCurvilinearFootprintMm = 60;

const char* probeTypeName(ProbeType type);
std::optional<ProbeType> parseProbeType(const std::string& text);

struct Probe {
    Eigen::Vector3d position = Eigen::Vector3d::Zero();  // centre of the footprint, on the skin
    Eigen::Vector3d normal = Eigen::Vector3d::UnitX();   // outward unit skin normal there
    Eigen::Vector3d axis = Eigen::Vector3d::UnitY();     // unit, along the footprint's long edge (the image's width)
    double tiltDeg = 0;          // the beam tilted about the axis, away from straight into the skin (+: towards axis x normal)
    double footprintMm = kLinearFootprintMm;  // length of the array along the axis
    ProbeType type = ProbeType::Linear;

    // Unit direction of the central scanline, into the body.
    Eigen::Vector3d beam() const;
    // Unit normal of the image plane (axis x beam): the direction of the slice thickness.
    Eigen::Vector3d elevation() const;
};

struct Needle {
    Eigen::Vector3d entry = Eigen::Vector3d::Zero();  // where it goes through the skin
    Eigen::Vector3d tip = Eigen::Vector3d::Zero();
};

struct Instruments {
    std::optional<Probe> probe;
    std::optional<Needle> needle;
};

// A probe with its frame made consistent: unit normal, the axis made perpendicular to it (an axis along
// the normal falls back to the atlas's superior direction, then anterior).
Probe orthonormalised(Probe probe);

}  // namespace av
