// Rules for the scanner and the pathologies: the settings, the pathology toggles (they change the posed
// meshes, so the 3D view and the image agree), and the presets of data/ultrasound/presets.json, seated on
// the posed skin the way a click seats the probe.
#include "core/scene/model_parts.h"
#include "core/ultrasound/settings_limits.h"

#include <algorithm>
#include <cmath>

namespace av {

Effects rule(Parts& parts, const act::SetUltrasound& a) {
    parts.state.ultrasound = clampedSettings(a.settings);
    return parts.settingsChanged();
}

Effects rule(Parts& parts, const act::SetPathology& a) {
    if (a.set == parts.state.pathology) return {};
    parts.state.pathology = a.set;
    parts.scene.setPathology(a.set);
    Effects effects;
    effects.changed = effects.poseChanged = true;  // the changed structures' points moved
    return effects;
}

// The margin changes the plan's warnings, so the needle's colour too.
Effects rule(Parts& parts, const act::SetNearNerveMargin& a) {
    const UltrasoundLimits& limits = kUltrasoundLimits;
    if (!std::isfinite(a.mm)) return {};
    const double mm = std::clamp(a.mm, limits.minNearNerveMm, limits.maxNearNerveMm);
    if (mm == parts.state.nearNerveMm) return {};
    parts.state.nearNerveMm = mm;
    Effects effects = parts.settingsChanged();
    effects += parts.instrumentsChanged();
    return effects;
}

Effects rule(Parts& parts, const act::UseProbePreset& a) {
    const ProbePreset* preset = parts.content.instrumentPresets.probe(a.id);
    if (!preset) return {};
    const auto seated = seatProbePreset(parts.scene, *preset);
    if (!seated) return {};
    parts.state.instruments.probe = seated->probe;
    parts.state.probePreset = a.id;
    parts.state.ultrasound = clampedSettings(preset->settings(parts.state.ultrasound));
    Effects effects = parts.settingsChanged();
    effects += parts.instrumentsChanged();
    return effects;
}

Effects rule(Parts& parts, const act::UseNeedlePreset& a) {
    const NeedlePreset* preset = parts.content.instrumentPresets.needle(a.id);
    if (!preset) return {};
    Effects effects;
    // A needle planned in plane comes with its probe, unless one is placed already.
    if (!parts.state.instruments.probe && !preset->probe.empty()) effects += rule(parts, act::UseProbePreset{preset->probe});
    const auto seated = seatNeedlePreset(parts.scene, *preset);
    if (!seated) return effects;
    parts.state.instruments.needle = seated->needle;
    parts.state.needlePreset = a.id;
    effects += parts.instrumentsChanged();
    return effects;
}

}  // namespace av
