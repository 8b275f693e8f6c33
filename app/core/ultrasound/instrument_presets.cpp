#include "core/ultrasound/instrument_presets.h"

#include "core/annotations/json_fields.h"
#include "core/annotations/json_source.h"
#include "core/annotations/text_file.h"
#include "core/resources.h"

#include <cmath>
#include <cstdio>

namespace av {
namespace {

constexpr const char* kFormat = "anatomy-viewer-instrument-presets";
constexpr int kVersion = 1;

Eigen::Vector3d requiredPoint(const JsonFields& fields, const std::string& key) {
    const auto p = fields.optionalPoint(key);
    if (!p) throw FieldError(fields.pointer(), "missing field \"" + key + "\" ([x, y, z] in metres)");
    return {(*p)[0], (*p)[1], (*p)[2]};
}

double numberIn(const JsonFields& fields, const std::string& key, double lo, double hi, double fallback,
                const std::string& unit) {
    const auto value = fields.optionalNumber(key);
    if (!value) return fallback;
    if (!std::isfinite(*value) || *value < lo || *value > hi) {
        char range[96];
        std::snprintf(range, sizeof range, " must be from %g to %g %s", lo, hi, unit.c_str());
        throw FieldError(fields.pointerOf(key), "\"" + key + "\"" + range);
    }
    return *value;
}

ProbePreset parseProbe(const JsonSource& source, const std::string& pointer, const std::string& id) {
    const JsonFields fields(source, pointer);
    ProbePreset preset;
    preset.id = id;
    preset.description = fields.optionalString("description");
    preset.point = requiredPoint(fields, "point");
    preset.axis = requiredPoint(fields, "axis");
    if (preset.axis.norm() < 1e-9) throw FieldError(fields.pointerOf("axis"), "\"axis\" must not be zero");
    preset.axis.normalize();
    const std::string type = fields.requiredString("type");
    const auto parsed = parseProbeType(type);
    if (!parsed) throw FieldError(fields.pointerOf("type"), "\"type\" must be linear or curvilinear (not \"" + type + "\")");
    preset.type = *parsed;
    preset.tiltDeg = numberIn(fields, "tilt_deg", -45, 45, 0, "degrees");
    if (fields.has("aim")) {
        if (fields.has("tilt_deg")) throw FieldError(fields.pointerOf("aim"), "give \"aim\" or \"tilt_deg\", not both");
        preset.aim = requiredPoint(fields, "aim");
    }
    preset.footprintMm = numberIn(fields, "footprint_mm", 10, 120, preset.type == ProbeType::Linear ? 38 : 60, "mm");
    preset.depthCm = numberIn(fields, "depth_cm", 1, 30, preset.depthCm, "cm");
    preset.frequencyMhz = numberIn(fields, "frequency_mhz", 1, 20, preset.frequencyMhz, "MHz");
    preset.gainDb = numberIn(fields, "gain_db", -40, 40, 0, "dB");
    return preset;
}

NeedlePreset parseNeedle(const JsonSource& source, const std::string& pointer, const std::string& id) {
    const JsonFields fields(source, pointer);
    NeedlePreset preset;
    preset.id = id;
    preset.description = fields.optionalString("description");
    preset.entry = requiredPoint(fields, "entry");
    preset.target = requiredPoint(fields, "target");
    if ((preset.entry - preset.target).norm() < 1e-4)
        throw FieldError(fields.pointerOf("target"), "\"target\" must be apart from \"entry\"");
    preset.probe = fields.optionalString("probe");
    return preset;
}

// Parses each member of the object at `key` with `parse`; a bad one is reported and left out.
template <typename Preset, typename Parse>
std::map<std::string, Preset> parseAll(const JsonSource& source, const std::string& key, Parse parse,
                                       Diagnostics& diagnostics) {
    std::map<std::string, Preset> out;
    const auto found = source.value.find(key);
    if (found == source.value.end()) return out;
    if (!found->is_object()) {
        diagnostics.error(source.at("/" + key, "\"" + key + "\" must be an object of presets by id; left out"));
        return out;
    }
    for (const auto& [id, value] : found->items()) {
        try {
            out[id] = parse(source, "/" + key + "/" + id, id);
        } catch (const FieldError& e) {
            diagnostics.error(source.at(e.pointer, std::string(e.what()) + "; preset '" + id + "' left out"));
        }
    }
    return out;
}

}  // namespace

Probe ProbePreset::probe() const {
    Probe probe;
    probe.position = point;
    probe.axis = axis;
    probe.type = type;
    probe.tiltDeg = tiltDeg;
    probe.footprintMm = footprintMm;
    return probe;
}

UltrasoundSettings ProbePreset::settings(UltrasoundSettings base) const {
    base.depthCm = depthCm;
    base.frequencyMhz = frequencyMhz;
    base.gainDb = gainDb;
    return base;
}

const ProbePreset* InstrumentPresets::probe(const std::string& id) const {
    const auto it = probes.find(id);
    return it == probes.end() ? nullptr : &it->second;
}

const NeedlePreset* InstrumentPresets::needle(const std::string& id) const {
    const auto it = needles.find(id);
    return it == needles.end() ? nullptr : &it->second;
}

std::optional<InstrumentPresets> parseInstrumentPresets(const std::string& text, const std::string& file,
                                                        Diagnostics& diagnostics) {
    const auto source = parseJsonSource(text, file, diagnostics);
    if (!source || !checkJsonHeader(*source, kFormat, kVersion, diagnostics)) return std::nullopt;
    InstrumentPresets presets;
    presets.probes = parseAll<ProbePreset>(*source, "probes", parseProbe, diagnostics);
    presets.needles = parseAll<NeedlePreset>(*source, "needles", parseNeedle, diagnostics);
    for (auto& [id, needle] : presets.needles)
        if (!needle.probe.empty() && !presets.probes.count(needle.probe)) {
            diagnostics.error(source->at("/needles/" + id + "/probe",
                                         "probe preset '" + needle.probe + "' is not defined; needle '" + id +
                                             "' kept without a probe"));
            needle.probe.clear();
        }
    return presets;
}

std::optional<InstrumentPresets> loadInstrumentPresets(const std::filesystem::path& path, Diagnostics& diagnostics) {
    const auto text = readTextFile(path, diagnostics);
    if (!text) return std::nullopt;
    return parseInstrumentPresets(*text, path.string(), diagnostics);
}

std::optional<InstrumentPresets> loadDefaultInstrumentPresets(Diagnostics& diagnostics) {
    const auto path = findDataFile("ultrasound/presets.json");
    if (!path) {
        diagnostics.error("data/ultrasound/presets.json: not found next to the executable or in the source tree");
        return std::nullopt;
    }
    return loadInstrumentPresets(*path, diagnostics);
}

std::optional<SeatedProbe> seatProbePreset(const PosedScene& scene, const ProbePreset& preset) {
    auto seated = seatProbe(scene, preset.point, preset.axis, preset.probe());
    if (seated && preset.aim) seated->probe = aimedAt(seated->probe, *preset.aim);
    return seated;
}

std::optional<SeatedNeedle> seatNeedlePreset(const PosedScene& scene, const NeedlePreset& preset) {
    return seatNeedle(scene, preset.entry, preset.target);
}

}  // namespace av
