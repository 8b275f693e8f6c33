#pragma once
// A JSON content file (tours, mimics, quiz) read so that messages can name the line of any value:
// nlohmann::json keeps no positions, so the text is indexed once, JSON pointer -> line.
#include "core/diagnostics.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace av {

struct JsonSource {
    std::string file;
    nlohmann::json value;
    std::map<std::string, int> lines;  // JSON pointer ("/steps/2/highlight/0") -> line its value starts on

    // The line of the value at `pointer`, or of the nearest enclosing value that exists.
    int lineOf(const std::string& pointer) const;
    // "<file>:<line of pointer>: <message>".
    std::string at(const std::string& pointer, const std::string& message) const;
};

// Parses `text`; malformed JSON is reported with the line of the mistake and gives nullopt.
std::optional<JsonSource> parseJsonSource(const std::string& text, const std::string& file,
                                          Diagnostics& diagnostics);
std::optional<JsonSource> readJsonSource(const std::filesystem::path& path, Diagnostics& diagnostics);

// Checks the versioned header every content file starts with: {"format": <format>, "version": <= version}.
// Reports and returns false when the file is not of that format or is newer than this viewer reads.
bool checkJsonHeader(const JsonSource& source, const std::string& format, int version, Diagnostics& diagnostics);

// The line index on its own, for text already known to be valid JSON.
std::map<std::string, int> indexJsonLines(const std::string& text);

}  // namespace av
