#include "core/ultrasound/scan_geometry.h"

#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>

namespace av {

ScanGeometry::ScanGeometry(const Probe& given, const UltrasoundSettings& settings) {
    const Probe probe = orthonormalised(given);
    type_ = probe.type;
    depthMm_ = std::max(settings.depthCm, 0.1) * 10.0;
    footprintMm_ = std::max(probe.footprintMm, 1.0);
    radiusMm_ = std::max(settings.curvilinearRadiusMm, 5.0);
    halfAngle_ = std::min(footprintMm_ / radiusMm_, 0.95 * M_PI) / 2;  // the face's arc, as an angle
    lines_ = std::max(1, type_ == ProbeType::Curvilinear && settings.scanlines > 0 ? settings.scanlines : settings.columns);
    centre_ = probe.position;
    down_ = probe.beam().normalized();
    lateral_ = probe.axis.normalized();
    elevation_ = lateral_.cross(down_).normalized();
    widthMm_ = type_ == ProbeType::Linear ? footprintMm_ : 2 * (radiusMm_ + depthMm_) * std::sin(halfAngle_);
}

double ScanGeometry::lineSpacingMm() const {
    return type_ == ProbeType::Linear ? footprintMm_ / lines_ : 2 * halfAngle_ / lines_ * (radiusMm_ + depthMm_ / 2);
}

void ScanGeometry::scanline(int i, Eigen::Vector3d& origin, Eigen::Vector3d& direction) const {
    const double f = (i + 0.5) / lines_ - 0.5;  // -0.5 .. 0.5 across the face
    if (type_ == ProbeType::Linear) {
        origin = centre_ + lateral_ * (f * footprintMm_ * 1e-3);
        direction = down_;
        return;
    }
    const double angle = 2 * halfAngle_ * f;
    direction = std::cos(angle) * down_ + std::sin(angle) * lateral_;
    origin = centre_ - down_ * (radiusMm_ * 1e-3) + direction * (radiusMm_ * 1e-3);
}

Eigen::Vector3d ScanGeometry::toWorld(double xMm, double yMm) const {
    return centre_ + lateral_ * (xMm * 1e-3) + down_ * (yMm * 1e-3);
}

bool ScanGeometry::toScan(double xMm, double yMm, double& line, double& depthMm) const {
    if (type_ == ProbeType::Linear) {
        line = (xMm / footprintMm_ + 0.5) * lines_ - 0.5;
        depthMm = yMm;
        return std::abs(xMm) <= footprintMm_ / 2 && yMm >= 0 && yMm <= depthMm_;
    }
    const double y = yMm + radiusMm_;
    const double angle = std::atan2(xMm, y);
    line = (angle / (2 * halfAngle_) + 0.5) * lines_ - 0.5;
    depthMm = std::hypot(xMm, y) - radiusMm_;
    return std::abs(angle) <= halfAngle_ && depthMm >= 0 && depthMm <= depthMm_;
}

double sliceThicknessMm(const Probe& probe, const UltrasoundSettings& settings) {
    const double wavelengthMm = 1540.0 / (std::max(settings.frequencyMhz, 0.1) * 1e6) * 1e3;
    const double focusMm = settings.depthCm * 10.0 / 2;
    const double apertureMm = probe.type == ProbeType::Linear ? 4.0 : 8.0;
    return std::max(1.0, 0.886 * wavelengthMm * focusMm / apertureMm);
}

}  // namespace av
