// Rules for the probe and the needle: placed, moved and kept on the skin of the posed body. Placed or moved
// by hand, they no longer stand where a preset put them.
#include "core/instruments/seating.h"
#include "core/scene/model_parts.h"

#include <Eigen/Geometry>

namespace av {

namespace {

// The probe seated where it stands now (or is asked to stand), keeping its shape; unchanged without skin.
Probe seated(const PosedScene& scene, const Probe& probe) {
    const auto seat = seatProbe(scene, probe.position, probe.axis, probe);
    return seat ? seat->probe : probe;
}

Needle seated(const PosedScene& scene, const Needle& needle) {
    const auto seat = seatNeedle(scene, needle.entry, needle.tip);
    return seat ? seat->needle : needle;
}

}  // namespace

void reseatInstruments(Parts& parts) {
    Instruments& instruments = parts.state.instruments;
    if (instruments.probe) instruments.probe = seated(parts.scene, *instruments.probe);
    if (instruments.needle) instruments.needle = seated(parts.scene, *instruments.needle);
}

Effects rule(Parts& parts, const act::PlaceProbe& a) {
    Probe probe = parts.state.instruments.probe.value_or(Probe{});
    probe.position = a.point;
    if (a.axis) probe.axis = *a.axis;
    else if (!parts.state.instruments.probe) probe.axis = Eigen::Vector3d::UnitY();
    parts.state.instruments.probe = seated(parts.scene, probe);
    parts.state.probePreset.clear();
    return parts.instrumentsChanged();
}

Effects rule(Parts& parts, const act::MoveProbe& a) {
    auto& held = parts.state.instruments.probe;
    if (!held) return {};
    Probe probe = *held;
    const Eigen::Vector3d across = probe.normal.cross(probe.axis).normalized();
    probe.position += probe.axis * (a.alongMm / 1000.0) + across * (a.acrossMm / 1000.0);
    probe.axis = Eigen::AngleAxisd(a.turnDeg * M_PI / 180.0, probe.normal) * probe.axis;
    probe.tiltDeg += a.tiltDeg;
    held = seated(parts.scene, probe);
    parts.state.probePreset.clear();
    return parts.instrumentsChanged();
}

Effects rule(Parts& parts, const act::SetProbeType& a) {
    if (!parts.state.instruments.probe) return {};
    Probe& probe = *parts.state.instruments.probe;
    if (probe.type == a.type) return {};
    // Another probe: its own array length comes with it.
    probe.type = a.type;
    probe.footprintMm = a.type == ProbeType::Linear ? kLinearFootprintMm : kCurvilinearFootprintMm;
    parts.state.probePreset.clear();
    return parts.instrumentsChanged();
}

Effects rule(Parts& parts, const act::ClearProbe&) {
    if (!parts.state.instruments.probe) return {};
    parts.state.instruments.probe.reset();
    parts.state.probePreset.clear();
    return parts.instrumentsChanged();
}

Effects rule(Parts& parts, const act::PlaceNeedle& a) {
    parts.state.instruments.needle = seated(parts.scene, Needle{a.entry, a.tip});
    parts.state.needlePreset.clear();
    return parts.instrumentsChanged();
}

Effects rule(Parts& parts, const act::ClearNeedle&) {
    if (!parts.state.instruments.needle) return {};
    parts.state.instruments.needle.reset();
    parts.state.needlePreset.clear();
    return parts.instrumentsChanged();
}

}  // namespace av
