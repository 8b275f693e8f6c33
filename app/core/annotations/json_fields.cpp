#include "core/annotations/json_fields.h"

#include "core/suggest.h"

#include <cmath>

namespace av {
namespace {

const nlohmann::json& valueAt(const JsonSource& source, const std::string& pointer) {
    return source.value.at(nlohmann::json::json_pointer(pointer));
}

const nlohmann::json& nullJson() {
    static const nlohmann::json null;
    return null;
}

// " (did you mean 'x'?)" for an unknown id close to a known one.
std::string suggestion(const std::string& id, const IdSet& known) {
    return didYouMean(id, std::vector<std::string>(known.begin(), known.end()));
}

}  // namespace

JsonFields::JsonFields(const JsonSource& source, std::string pointer)
    : source_(source), pointer_(std::move(pointer)), object_(valueAt(source, pointer_)) {
    if (!object_.is_object()) throw FieldError(pointer_, "expected a JSON object");
}

bool JsonFields::has(const std::string& key) const { return object_.contains(key); }

const nlohmann::json& JsonFields::raw(const std::string& key) const {
    auto it = object_.find(key);
    return it == object_.end() ? nullJson() : *it;
}

std::string JsonFields::requiredString(const std::string& key) const {
    if (!has(key)) throw FieldError(pointer_, "missing field \"" + key + "\"");
    std::string text = optionalString(key);
    if (text.empty()) throw FieldError(pointerOf(key), "\"" + key + "\" must not be empty");
    return text;
}

std::string JsonFields::optionalString(const std::string& key) const {
    const auto& value = raw(key);
    if (value.is_null()) return {};
    if (!value.is_string()) throw FieldError(pointerOf(key), "\"" + key + "\" must be a string");
    return value.get<std::string>();
}

std::optional<double> JsonFields::optionalNumber(const std::string& key) const {
    const auto& value = raw(key);
    if (value.is_null()) return std::nullopt;
    if (!value.is_number()) throw FieldError(pointerOf(key), "\"" + key + "\" must be a number");
    return value.get<double>();
}

bool JsonFields::optionalBool(const std::string& key, bool fallback) const {
    const auto& value = raw(key);
    if (value.is_null()) return fallback;
    if (!value.is_boolean()) throw FieldError(pointerOf(key), "\"" + key + "\" must be true or false");
    return value.get<bool>();
}

std::optional<Point3> JsonFields::optionalPoint(const std::string& key) const {
    const auto& value = raw(key);
    if (value.is_null()) return std::nullopt;
    if (!value.is_array() || value.size() != 3)
        throw FieldError(pointerOf(key), "\"" + key + "\" must be [x, y, z] in metres");
    Point3 point{};
    for (std::size_t i = 0; i < 3; ++i) {
        if (!value[i].is_number() || !std::isfinite(value[i].get<double>()))
            throw FieldError(pointerOf(key), "\"" + key + "\" must be [x, y, z] in metres");
        point[i] = value[i].get<double>();
    }
    return point;
}

std::vector<std::string> JsonFields::stringList(const std::string& key) const {
    const auto& value = raw(key);
    if (value.is_null()) return {};
    if (!value.is_array()) throw FieldError(pointerOf(key), "\"" + key + "\" must be a list of strings");
    std::vector<std::string> items;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_string())
            throw FieldError(pointerOf(key) + "/" + std::to_string(i), "\"" + key + "\" must hold strings only");
        items.push_back(value[i].get<std::string>());
    }
    return items;
}

std::vector<std::string> JsonFields::knownIdList(const std::string& key, const IdSet& known, const std::string& what,
                                                 Diagnostics& diagnostics) const {
    std::vector<std::string> kept;
    const auto items = stringList(key);
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (known.count(items[i])) {
            kept.push_back(items[i]);
            continue;
        }
        diagnostics.error(source_.at(pointerOf(key) + "/" + std::to_string(i),
                                     what + " '" + items[i] + "' is unknown" + suggestion(items[i], known) +
                                         "; left out"));
    }
    return kept;
}

std::string JsonFields::knownId(const std::string& key, const IdSet& known, const std::string& what,
                                Diagnostics& diagnostics) const {
    std::string id = optionalString(key);
    if (id.empty() || known.count(id)) return id;
    diagnostics.error(source_.at(pointerOf(key), what + " '" + id + "' is unknown" + suggestion(id, known) + "; left out"));
    return {};
}

}  // namespace av
