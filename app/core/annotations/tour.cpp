#include "core/annotations/tour.h"

#include "core/motion/animations.h"
#include "core/ultrasound/settings_limits.h"
#include "core/views.h"

#include "core/annotations/source_line.h"
#include "core/annotations/text_file.h"

#include <cmath>

namespace av {
namespace {

TourCamera parseCamera(const JsonSource& source, const std::string& pointer, const KnownIds& known,
                       Diagnostics& diagnostics) {
    const JsonFields fields(source, pointer);
    TourCamera camera;
    camera.view = fields.optionalString("view");
    if (!camera.view.empty() && !findViewPreset(camera.view))
        throw FieldError(fields.pointerOf("view"), "unknown view '" + camera.view +
                                                       "' (anterior, posterior, lateral, medial, superior, inferior)");
    camera.focus = fields.knownId("focus", known.structures, "focus structure", diagnostics);
    camera.zoom = fields.optionalNumber("zoom").value_or(1.0);
    if (!(camera.zoom > 0) || !std::isfinite(camera.zoom))
        throw FieldError(fields.pointerOf("zoom"), "\"zoom\" must be a positive number");
    return camera;
}

// Angles outside the anatomical limits are refused rather than clamped: a tour should show what it says.
Pose parsePose(const JsonSource& source, const std::string& pointer) {
    const JsonFields fields(source, pointer);
    const auto angle = [&](const char* key, AngleRange range) {
        const double value = fields.optionalNumber(key).value_or(0.0);
        if (!(value >= range.min_deg && value <= range.max_deg))
            throw FieldError(fields.pointerOf(key), std::string("\"") + key + "\" must be degrees in " +
                                                        std::to_string(static_cast<int>(range.min_deg)) + ".." +
                                                        std::to_string(static_cast<int>(range.max_deg)));
        return value;
    };
    const PoseLimits limits;
    return {angle("hip_flexion_deg", limits.hip_flexion), angle("hip_adduction_deg", limits.hip_adduction),
            angle("hip_rotation_deg", limits.hip_rotation), angle("knee_flexion_deg", limits.knee_flexion)};
}

TourAnimation parseAnimation(const JsonSource& source, const std::string& pointer) {
    const JsonFields fields(source, pointer);
    TourAnimation animation;
    animation.id = fields.requiredString("id");
    if (const auto lookup = findAnimation(animation.id); !lookup.animation)
        throw FieldError(fields.pointerOf("id"), lookup.error);
    animation.time = fields.optionalNumber("time").value_or(0.0);
    if (animation.time < 0 || animation.time > 1)
        throw FieldError(fields.pointerOf("time"), "\"time\" is a fraction of the cycle, 0..1");
    animation.play = fields.optionalBool("play", false);
    return animation;
}

Point3 requiredPoint(const JsonFields& fields, const std::string& key) {
    auto point = fields.optionalPoint(key);
    if (!point) throw FieldError(fields.pointer(), "missing field \"" + key + "\"");
    return *point;
}

// "ultrasound": {"probe_type", "depth_cm", "frequency_mhz", "gain_db"}, each optional, within the scanner's limits.
TourUltrasound parseUltrasound(const JsonSource& source, const std::string& pointer) {
    const JsonFields fields(source, pointer);
    const UltrasoundLimits& limits = kUltrasoundLimits;
    TourUltrasound settings;
    if (fields.has("probe_type")) {
        const std::string type = fields.requiredString("probe_type");
        settings.type = parseProbeType(type);
        if (!settings.type)
            throw FieldError(fields.pointerOf("probe_type"), "\"probe_type\" must be linear or curvilinear (not \"" + type + "\")");
    }
    const auto number = [&](const char* key, double lo, double hi, const char* unit) -> std::optional<double> {
        const auto value = fields.optionalNumber(key);
        if (value && !(*value >= lo && *value <= hi))
            throw FieldError(fields.pointerOf(key), std::string("\"") + key + "\" must be " + std::to_string(int(lo)) +
                                                        ".." + std::to_string(int(hi)) + " " + unit);
        return value;
    };
    settings.depthCm = number("depth_cm", limits.minDepthCm, limits.maxDepthCm, "cm");
    settings.frequencyMhz = number("frequency_mhz", limits.minFrequencyMhz, limits.maxFrequencyMhz, "MHz");
    settings.gainDb = number("gain_db", -limits.maxGainDb, limits.maxGainDb, "dB");
    return settings;
}

TourStep parseStep(const JsonSource& source, const std::string& pointer, const KnownIds& known,
                   Diagnostics& diagnostics) {
    const JsonFields fields(source, pointer);
    TourStep step;
    step.line = source.lineOf(pointer);
    step.title = fields.requiredString("title");
    if (fields.has("camera")) step.camera = parseCamera(source, fields.pointerOf("camera"), known, diagnostics);
    if (fields.has("visible"))
        step.visible = fields.knownIdList("visible", known.structures, "structure", diagnostics);
    step.hidden = fields.knownIdList("hidden", known.structures, "structure", diagnostics);
    step.highlighted = fields.knownIdList("highlight", known.structures, "structure", diagnostics);
    if (fields.has("pose") && fields.has("animation"))
        throw FieldError(pointer, "a step sets either \"pose\" or \"animation\", not both");
    if (fields.has("pose")) step.pose = parsePose(source, fields.pointerOf("pose"));
    if (fields.has("animation")) step.animation = parseAnimation(source, fields.pointerOf("animation"));
    step.labels = fields.optionalBool("labels", false);
    step.xray = fields.optionalBool("xray", false);
    step.regions = fields.knownIdList("regions", known.mimics, "mimic", diagnostics);
    if (fields.has("needle")) {
        const JsonFields needle(source, fields.pointerOf("needle"));
        step.needle = TourNeedle{requiredPoint(needle, "entry"), requiredPoint(needle, "tip")};
    }
    if (fields.has("probe")) {
        const JsonFields probe(source, fields.pointerOf("probe"));
        step.probe = TourProbe{requiredPoint(probe, "centre"), requiredPoint(probe, "axis")};
    }
    step.probePreset = fields.knownId("probe_preset", known.probePresets, "probe preset", diagnostics);
    step.needlePreset = fields.knownId("needle_preset", known.needlePresets, "needle preset", diagnostics);
    for (const auto& id : fields.knownIdList("pathology", known.pathologies, "pathology", diagnostics))
        step.pathology.insert(*parsePathology(id));
    if (fields.has("ultrasound")) step.ultrasound = parseUltrasound(source, fields.pointerOf("ultrasound"));
    step.annotation = fields.knownId("annotation", known.annotations, "annotation", diagnostics);
    const std::string text = fields.optionalString("text");
    if (text.empty() && !fields.has("annotation"))
        throw FieldError(pointer, "a step needs a \"text\" or an \"annotation\"");
    if (!text.empty()) {
        const MarkdownOrigin origin{source.file, source.lineOf(fields.pointerOf("text")), true};
        step.text = parseMarkdown(text, origin, diagnostics);
        checkLinks(step.text, known.structures, known.annotations, source.file, diagnostics);
    }
    return step;
}

}  // namespace

std::optional<Tour> parseTour(const std::string& text, const std::string& file, const KnownIds& known,
                              Diagnostics& diagnostics) {
    const auto source = parseJsonSource(text, file, diagnostics);
    if (!source || !checkJsonHeader(*source, kTourFormat, kTourVersion, diagnostics)) return std::nullopt;
    Tour tour;
    tour.file = file;
    try {
        const JsonFields fields(*source, "");
        tour.id = fields.requiredString("id");
        tour.title = fields.requiredString("title");
        tour.summary = fields.optionalString("summary");
        const std::string audience = fields.requiredString("audience");
        const auto parsed = parseAudience(audience);
        if (!parsed) throw FieldError("/audience", "unknown audience '" + audience + "' (patient or clinical)");
        tour.audience = *parsed;
        if (!fields.raw("steps").is_array() || fields.raw("steps").empty())
            throw FieldError("/steps", "\"steps\" must be a non-empty list");
    } catch (const FieldError& error) {
        diagnostics.error(source->at(error.pointer, std::string(error.what()) + "; tour left out"));
        return std::nullopt;
    }
    const auto& steps = source->value.at("steps");
    for (std::size_t i = 0; i < steps.size(); ++i) {
        try {
            tour.steps.push_back(parseStep(*source, "/steps/" + std::to_string(i), known, diagnostics));
        } catch (const FieldError& error) {
            diagnostics.error(source->at(error.pointer, "step " + std::to_string(i + 1) + ": " + error.what() +
                                                            "; step left out"));
        }
    }
    if (tour.steps.empty()) {
        diagnostics.error(source->at("/steps", "no usable step; tour left out"));
        return std::nullopt;
    }
    return tour;
}

std::vector<Tour> loadTours(const std::filesystem::path& folder, const KnownIds& known, Diagnostics& diagnostics) {
    std::vector<Tour> tours;
    for (const auto& path : filesWithExtension(folder, ".json")) {
        const auto text = readTextFile(path, diagnostics);
        if (!text) continue;
        auto tour = parseTour(*text, path.string(), known, diagnostics);
        if (!tour) continue;
        if (tour->id != path.stem().string()) {
            diagnostics.error(
                atLine(path.string(), 1, "id '" + tour->id + "' differs from the file name; tour left out"));
            continue;
        }
        tours.push_back(std::move(*tour));
    }
    return tours;
}

nlohmann::json toursToJson(const std::vector<Tour>& tours) {
    nlohmann::json list = nlohmann::json::array();
    for (const Tour& tour : tours)
        list.push_back({{"id", tour.id},
                        {"title", tour.title},
                        {"audience", audienceName(tour.audience)},
                        {"steps", tour.steps.size()}});
    return list;
}

}  // namespace av
