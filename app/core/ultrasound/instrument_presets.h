#pragma once
// Probe and needle presets, read from data/ultrasound/presets.json: the same data serve the command line
// (--probe-preset, --needle-preset) and the tours. A probe preset is a point near the skin and an in-plane
// direction, seated on the posed skin when used (core/instruments/seating.h), with the scanner settings it
// comes with. Atlas frame, metres.
#include "core/diagnostics.h"
#include "core/instruments/instruments.h"
#include "core/scene/posed_scene.h"
#include "core/instruments/seating.h"
#include "core/ultrasound/scan_geometry.h"

#include <Eigen/Core>

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace av {

struct ProbePreset {
    std::string id;
    std::string description;
    Eigen::Vector3d point = Eigen::Vector3d::Zero();  // near the skin; seated onto it
    Eigen::Vector3d axis = Eigen::Vector3d::UnitZ();  // in-plane direction (the image's width), unit
    ProbeType type = ProbeType::Curvilinear;
    double tiltDeg = 0;
    std::optional<Eigen::Vector3d> aim;  // when given, the tilt that puts it in the image plane under the probe (tiltDeg unused)
    double footprintMm = 60;
    double depthCm = 10;
    double frequencyMhz = 5;
    double gainDb = 0;

    // The probe before seating (type, tilt, footprint; position and axis as given).
    Probe probe() const;
    // `base` with this preset's depth, frequency and gain.
    UltrasoundSettings settings(UltrasoundSettings base = {}) const;
};

struct NeedlePreset {
    std::string id;
    std::string description;
    Eigen::Vector3d entry = Eigen::Vector3d::Zero();   // near the skin; seated onto it along the needle's line
    Eigen::Vector3d target = Eigen::Vector3d::Zero();  // where the tip goes
    std::string probe;                                 // the probe preset it is planned with ("" = none)
};

struct InstrumentPresets {
    std::map<std::string, ProbePreset> probes;
    std::map<std::string, NeedlePreset> needles;

    const ProbePreset* probe(const std::string& id) const;
    const NeedlePreset* needle(const std::string& id) const;
};

// Parses the presets file's text; each problem reported as "<file>:<line>: <what>" and that preset left
// out (a needle naming an unknown probe preset keeps its path and loses the probe). nullopt only when the
// file is not valid JSON or not of this format.
std::optional<InstrumentPresets> parseInstrumentPresets(const std::string& text, const std::string& file,
                                                        Diagnostics& diagnostics);
std::optional<InstrumentPresets> loadInstrumentPresets(const std::filesystem::path& path, Diagnostics& diagnostics);
// data/ultrasound/presets.json as shipped.
std::optional<InstrumentPresets> loadDefaultInstrumentPresets(Diagnostics& diagnostics);

// The preset's probe seated on the posed skin.
std::optional<SeatedProbe> seatProbePreset(const PosedScene& scene, const ProbePreset& preset);
// The preset's needle with its entry on the posed skin and its tip at the target.
std::optional<SeatedNeedle> seatNeedlePreset(const PosedScene& scene, const NeedlePreset& preset);

}  // namespace av
