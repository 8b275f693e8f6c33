#include "core/motion/motion_file.h"

#include "core/annotations/json_fields.h"
#include "core/annotations/text_file.h"

#include <algorithm>
#include <cmath>

namespace av {
namespace {

double number(const JsonFields& fields, const std::string& key, double low, double high) {
    const auto value = fields.optionalNumber(key);
    if (!value) throw FieldError(fields.pointerOf(key), "\"" + key + "\" is missing");
    if (!std::isfinite(*value) || *value < low || *value > high)
        throw FieldError(fields.pointerOf(key), "\"" + key + "\" must be between " + std::to_string(low) + " and " +
                                                    std::to_string(high));
    return *value;
}

std::vector<Animation::Row> keyframes(const JsonSource& source) {
    const auto& list = JsonFields(source, "").raw("keyframes");
    if (!list.is_array() || list.size() < 2) throw FieldError("/keyframes", "\"keyframes\" must list at least two keyframes");
    std::vector<Animation::Row> rows;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const JsonFields key(source, "/keyframes/" + std::to_string(i));
        Animation::Row row{number(key, "at", 0, 1), number(key, "hip_flexion_deg", -60, 150),
                           number(key, "knee_flexion_deg", -10, 160), number(key, "activation", 0, 1),
                           key.has("sitting") ? number(key, "sitting", 0, 1) : 0.0};
        if (!rows.empty() && row.at <= rows.back().at)
            throw FieldError(key.pointerOf("at"), "keyframes must follow each other in time (\"at\" increasing)");
        rows.push_back(row);
    }
    if (rows.front().at != 0 || rows.back().at != 1)
        throw FieldError("/keyframes", "the keyframes must run from \"at\": 0 to \"at\": 1");
    return rows;
}

}  // namespace

std::optional<Animation> parseMotion(const std::string& text, const std::string& file, Diagnostics& diagnostics) {
    const auto source = parseJsonSource(text, file, diagnostics);
    if (!source || !checkJsonHeader(*source, kMotionFormat, kMotionVersion, diagnostics)) return std::nullopt;
    try {
        const JsonFields top(*source, "");
        const std::string id = top.requiredString("id");
        Animation animation(id, top.requiredString("name"), number(top, "duration_s", 0.1, 600),
                            top.optionalBool("looping", false), keyframes(*source));
        animation.setOrder(int(top.optionalNumber("order").value_or(1000)));
        animation.setBothLegs(top.optionalBool("both_legs", false));
        return animation;
    } catch (const FieldError& error) {
        diagnostics.error(source->at(error.pointer, std::string(error.what()) + "; motion left out"));
    }
    return std::nullopt;
}

std::vector<Animation> loadMotions(const std::filesystem::path& folder, Diagnostics& diagnostics) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    if (error) diagnostics.error(folder.string() + ": cannot read the motions folder (" + error.message() + ")");
    std::sort(files.begin(), files.end());
    std::vector<Animation> motions;
    for (const auto& path : files) {
        const auto text = readTextFile(path, diagnostics);
        if (!text) continue;
        auto motion = parseMotion(*text, path.string(), diagnostics);
        if (!motion) continue;
        if (motion->id() != path.stem().string()) {
            diagnostics.error(path.string() + ": the motion's id \"" + motion->id() + "\" must match its file name; left out");
            continue;
        }
        motions.push_back(std::move(*motion));
    }
    std::stable_sort(motions.begin(), motions.end(), [](const Animation& a, const Animation& b) { return a.order() < b.order(); });
    return motions;
}

}  // namespace av
