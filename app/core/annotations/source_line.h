#pragma once
// Messages about explanatory content name the file and line, so that an author can jump to the mistake.
#include "core/diagnostics.h"

#include <algorithm>
#include <string>

namespace av {

// "<file>:<line>: <message>", the form compilers use (editors and terminals make it clickable).
inline std::string atLine(const std::string& file, int line, const std::string& message) {
    return file + ":" + std::to_string(line) + ": " + message;
}

// Adds the messages of `from` that `to` does not hold yet: text shared by both audiences is parsed twice,
// and its mistakes should be reported once.
inline void appendUnique(Diagnostics& to, const Diagnostics& from) {
    for (const auto& message : from.errors)
        if (std::find(to.errors.begin(), to.errors.end(), message) == to.errors.end()) to.error(message);
    for (const auto& message : from.warnings)
        if (std::find(to.warnings.begin(), to.warnings.end(), message) == to.warnings.end()) to.warning(message);
}

}  // namespace av
