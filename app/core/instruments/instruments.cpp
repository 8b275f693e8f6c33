#include "core/instruments/instruments.h"

#include <Eigen/Geometry>

#include <cmath>

namespace av {

const char* probeTypeName(ProbeType type) { return type == ProbeType::Linear ? "linear" : "curvilinear"; }

std::optional<ProbeType> parseProbeType(const std::string& text) {
    if (text == "linear") return ProbeType::Linear;
    if (text == "curvilinear") return ProbeType::Curvilinear;
    return std::nullopt;
}

Eigen::Vector3d Probe::beam() const {
    return Eigen::AngleAxisd(tiltDeg * M_PI / 180.0, axis) * Eigen::Vector3d(-normal);
}

Eigen::Vector3d Probe::elevation() const { return axis.cross(beam()).normalized(); }

Probe orthonormalised(Probe probe) {
    probe.normal.normalize();
    for (const Eigen::Vector3d& fallback : {probe.axis, Eigen::Vector3d(Eigen::Vector3d::UnitY()), Eigen::Vector3d(Eigen::Vector3d::UnitX())}) {
        const Eigen::Vector3d across = fallback - probe.normal * fallback.dot(probe.normal);
        if (across.norm() > 1e-6) {
            probe.axis = across.normalized();
            break;
        }
    }
    return probe;
}

}  // namespace av
