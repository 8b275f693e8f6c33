#pragma once
// Typed, located access to the fields of one JSON object of a content file. A field of the wrong type throws
// FieldError naming the field's JSON pointer; the loader reports it with its line and leaves out the element
// (a tour step, a mimic, a question) while the rest of the file loads. Unknown ids are milder: each is
// reported and dropped, and the element stays.
#include "core/annotations/json_source.h"
#include "core/annotations/known_ids.h"

#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace av {

struct FieldError : std::runtime_error {
    FieldError(std::string pointer, const std::string& message)
        : std::runtime_error(message), pointer(std::move(pointer)) {}
    std::string pointer;
};

using Point3 = std::array<double, 3>;

class JsonFields {
public:
    // `pointer` is where the object is in the file ("/steps/3"); throws FieldError when it is not an object.
    JsonFields(const JsonSource& source, std::string pointer);

    const std::string& pointer() const { return pointer_; }
    std::string pointerOf(const std::string& key) const { return pointer_ + "/" + key; }
    bool has(const std::string& key) const;
    const nlohmann::json& raw(const std::string& key) const;  // null when absent

    std::string requiredString(const std::string& key) const;
    std::string optionalString(const std::string& key) const;  // empty when absent
    std::optional<double> optionalNumber(const std::string& key) const;
    bool optionalBool(const std::string& key, bool fallback) const;
    std::optional<Point3> optionalPoint(const std::string& key) const;  // [x, y, z], finite
    std::vector<std::string> stringList(const std::string& key) const;  // empty when absent

    // Like stringList, but each entry not in `known` is reported ("<what> '<id>' is not in the atlas") at
    // its own line and dropped.
    std::vector<std::string> knownIdList(const std::string& key, const IdSet& known, const std::string& what,
                                         Diagnostics& diagnostics) const;
    // One id; an unknown one is reported and gives "".
    std::string knownId(const std::string& key, const IdSet& known, const std::string& what,
                        Diagnostics& diagnostics) const;

private:
    const JsonSource& source_;
    std::string pointer_;
    const nlohmann::json& object_;
};

}  // namespace av
