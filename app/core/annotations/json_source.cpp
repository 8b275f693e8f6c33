#include "core/annotations/json_source.h"

#include "core/annotations/source_line.h"
#include "core/annotations/text_file.h"

#include <algorithm>
#include <cctype>

namespace av {
namespace {

// Walks valid JSON text once and records the line on which each value starts. Only ever given text that
// nlohmann::json has accepted, so it needs no error handling beyond staying inside the text.
class LineIndexer {
public:
    LineIndexer(const std::string& text, std::map<std::string, int>& lines) : text_(text), lines_(lines) {}

    void value(const std::string& pointer) {
        skipSpace();
        if (done()) return;
        lines_[pointer] = line_;
        const char c = text_[pos_];
        if (c == '{') container('}', pointer, true);
        else if (c == '[') container(']', pointer, false);
        else if (c == '"') string();
        else
            while (!done() && std::string_view(",]} \t\r\n").find(text_[pos_]) == std::string_view::npos) ++pos_;
    }

private:
    bool done() const { return pos_ >= text_.size(); }

    void skipSpace() {
        while (!done() && std::isspace(static_cast<unsigned char>(text_[pos_]))) {
            if (text_[pos_] == '\n') ++line_;
            ++pos_;
        }
    }

    // Returns the string's characters with escapes left as written: keys here are plain ASCII.
    std::string string() {
        std::string result;
        ++pos_;  // opening quote
        while (!done() && text_[pos_] != '"') {
            if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) result += text_[pos_++];
            result += text_[pos_++];
        }
        ++pos_;  // closing quote
        return result;
    }

    // RFC 6901: "~" and "/" in a key are written "~0" and "~1".
    static std::string escapeKey(const std::string& key) {
        std::string escaped;
        for (char c : key) escaped += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
        return escaped;
    }

    void container(char close, const std::string& pointer, bool isObject) {
        ++pos_;
        for (int index = 0;; ++index) {
            skipSpace();
            if (done()) return;
            if (text_[pos_] == close) {
                ++pos_;
                return;
            }
            if (text_[pos_] == ',') {
                ++pos_;
                skipSpace();
            }
            std::string child = std::to_string(index);
            if (isObject) {
                child = escapeKey(string());
                skipSpace();
                ++pos_;  // ':'
            }
            value(pointer + "/" + child);
        }
    }

    const std::string& text_;
    std::map<std::string, int>& lines_;
    std::size_t pos_ = 0;
    int line_ = 1;
};

}  // namespace

std::map<std::string, int> indexJsonLines(const std::string& text) {
    std::map<std::string, int> lines;
    LineIndexer(text, lines).value("");
    return lines;
}

int JsonSource::lineOf(const std::string& pointer) const {
    for (std::string current = pointer;; current.erase(current.rfind('/'))) {
        if (auto it = lines.find(current); it != lines.end()) return it->second;
        if (current.empty()) return 1;
    }
}

std::string JsonSource::at(const std::string& pointer, const std::string& message) const {
    return atLine(file, lineOf(pointer), message);
}

std::optional<JsonSource> parseJsonSource(const std::string& text, const std::string& file,
                                          Diagnostics& diagnostics) {
    JsonSource source;
    source.file = file;
    try {
        source.value = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& error) {
        const std::size_t end = std::min<std::size_t>(error.byte, text.size());
        const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + end, '\n'));
        diagnostics.error(atLine(file, line, std::string("malformed JSON: ") + error.what() + "; file left out"));
        return std::nullopt;
    }
    source.lines = indexJsonLines(text);
    return source;
}

std::optional<JsonSource> readJsonSource(const std::filesystem::path& path, Diagnostics& diagnostics) {
    const auto text = readTextFile(path, diagnostics);
    if (!text) return std::nullopt;
    return parseJsonSource(*text, path.string(), diagnostics);
}

bool checkJsonHeader(const JsonSource& source, const std::string& format, int version, Diagnostics& diagnostics) {
    const auto& value = source.value;
    if (!value.is_object()) {
        diagnostics.error(source.at("", "expected a JSON object; file left out"));
        return false;
    }
    const auto declared = value.find("format");
    if (declared == value.end() || !declared->is_string() || declared->get<std::string>() != format) {
        diagnostics.error(source.at("/format", "\"format\" must be \"" + format + "\"; file left out"));
        return false;
    }
    const auto found = value.find("version");
    if (found == value.end() || !found->is_number_integer() || found->get<int>() < 1) {
        diagnostics.error(source.at("/version", "\"version\" must be a whole number from 1; file left out"));
        return false;
    }
    if (found->get<int>() > version) {
        diagnostics.error(source.at("/version", "version " + std::to_string(found->get<int>()) +
                                                    " is newer than this viewer reads (" + std::to_string(version) +
                                                    "); file left out"));
        return false;
    }
    return true;
}

}  // namespace av
