#include "core/annotations/annotation.h"

#include "core/annotations/source_line.h"

#include <regex>
#include <sstream>

namespace av {
namespace {

// A mistake that makes the whole file unusable: reported with its line, and the annotation is refused.
struct FileError {
    int line;
    std::string message;
};

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r");
    return std::string(text.substr(first, last - first + 1));
}

std::string unquote(std::string text) {
    if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front())
        return text.substr(1, text.size() - 2);
    return text;
}

std::vector<std::string> splitLines(std::string_view content) {
    std::vector<std::string> lines;
    std::string line;
    std::istringstream stream{std::string(content)};
    while (std::getline(stream, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

bool isId(const std::string& text) {
    static const std::regex id("[a-z][a-z0-9_]*");
    return std::regex_match(text, id);
}

// "[a, b, c]" -> {"a", "b", "c"}.
std::vector<std::string> parseList(const std::string& value, int line) {
    if (value.size() < 2 || value.front() != '[' || value.back() != ']')
        throw FileError{line, "'structures' must be a list like [femur, femur_left]"};
    std::vector<std::string> items;
    std::istringstream stream(value.substr(1, value.size() - 2));
    for (std::string item; std::getline(stream, item, ',');) {
        item = unquote(trim(item));
        if (item.empty()) continue;
        if (!isId(item)) throw FileError{line, "'" + item + "' is not a structure id (snake_case)"};
        items.push_back(item);
    }
    return items;
}

// Reads the header between the two "---" lines into the annotation; returns the index of the first body line.
std::size_t parseHeader(const std::vector<std::string>& lines, Annotation& annotation, const std::string& file,
                        Diagnostics& diagnostics) {
    std::string firstLine = lines.empty() ? std::string() : trim(lines[0]);
    if (firstLine.rfind("\xEF\xBB\xBF", 0) == 0) firstLine.erase(0, 3);  // a byte-order mark from some editors
    if (firstLine != "---") throw FileError{1, "an annotation starts with a header between two '---' lines"};
    bool formatSeen = false, versionSeen = false, structuresSeen = false;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const int line = static_cast<int>(i) + 1;
        const std::string text = trim(lines[i]);
        if (text == "---") {
            if (!formatSeen) throw FileError{1, std::string("header lacks 'format: ") + kAnnotationFormat + "'"};
            if (!versionSeen) throw FileError{1, "header lacks 'version'"};
            if (annotation.id.empty()) throw FileError{1, "header lacks 'id'"};
            if (annotation.title.empty()) throw FileError{1, "header lacks 'title'"};
            if (!structuresSeen) throw FileError{1, "header lacks 'structures' (write [] for none)"};
            return i + 1;
        }
        if (text.empty() || text[0] == '#') continue;
        const auto colon = text.find(':');
        if (colon == std::string::npos) throw FileError{line, "header lines are 'key: value'; got \"" + text + "\""};
        const std::string key = trim(text.substr(0, colon));
        const std::string value = unquote(trim(text.substr(colon + 1)));
        if (key == "format") {
            if (value != kAnnotationFormat)
                throw FileError{line, "format is '" + value + "', expected '" + kAnnotationFormat + "'"};
            formatSeen = true;
        } else if (key == "version") {
            int version = 0;
            try {
                version = std::stoi(value);
            } catch (const std::exception&) {
                throw FileError{line, "version must be a whole number; got \"" + value + "\""};
            }
            if (version > kAnnotationVersion)
                throw FileError{line, "version " + value + " is newer than this viewer reads (" +
                                          std::to_string(kAnnotationVersion) + ")"};
            if (version < 1) throw FileError{line, "version must be 1 or more"};
            versionSeen = true;
        } else if (key == "id") {
            if (!isId(value)) throw FileError{line, "id '" + value + "' must be snake_case ([a-z][a-z0-9_]*)"};
            annotation.id = value;
        } else if (key == "title") {
            annotation.title = value;
        } else if (key == "structures") {
            annotation.structures = parseList(value, line);
            annotation.structuresLine = line;
            structuresSeen = true;
        } else {
            diagnostics.warning(atLine(file, line, "unknown header key '" + key + "' is ignored"));
        }
    }
    throw FileError{1, "the header is not closed by a '---' line"};
}

// Which audience each body line is for: -1 for everyone, else the Audience; marker lines get -2.
std::vector<int> audienceOfLines(const std::vector<std::string>& lines, std::size_t bodyStart) {
    std::vector<int> owner(lines.size(), -2);
    int current = -1;
    int openedAt = 0;
    for (std::size_t i = bodyStart; i < lines.size(); ++i) {
        const int line = static_cast<int>(i) + 1;
        const std::string text = trim(lines[i]);
        if (text.rfind(":::", 0) != 0) {
            owner[i] = current;
            continue;
        }
        const std::string name = trim(std::string_view(text).substr(3));
        if (name.empty()) {
            if (current < 0) throw FileError{line, "':::' closes an audience section, but none is open"};
            current = -1;
            continue;
        }
        if (current >= 0)
            throw FileError{line, "audience section opened at line " + std::to_string(openedAt) +
                                      " is not closed with ':::' before this one"};
        const auto audience = parseAudience(name);
        if (!audience) throw FileError{line, "unknown audience '" + name + "' (use 'patient' or 'clinical')"};
        current = static_cast<int>(*audience);
        openedAt = line;
    }
    if (current >= 0)
        throw FileError{openedAt, "audience section is not closed with a ':::' line"};
    return owner;
}

}  // namespace

std::optional<Annotation> parseAnnotation(std::string_view content, const std::string& file,
                                          Diagnostics& diagnostics) {
    Annotation annotation;
    annotation.file = file;
    const std::vector<std::string> lines = splitLines(content);
    try {
        const std::size_t bodyStart = parseHeader(lines, annotation, file, diagnostics);
        const std::vector<int> owner = audienceOfLines(lines, bodyStart);
        for (Audience audience : kAudiences) {
            // Lines for the other audience, the header and the markers become blank lines, so cmark's line
            // numbers are the file's and a section boundary always ends a paragraph.
            std::string markdown;
            for (std::size_t i = 0; i < lines.size(); ++i) {
                if (owner[i] == -1 || owner[i] == static_cast<int>(audience)) markdown += lines[i];
                markdown += '\n';
            }
            Diagnostics found;
            annotation.text(audience) = parseMarkdown(markdown, {file, 1, false}, found);
            appendUnique(diagnostics, found);
            if (annotation.text(audience).empty())
                diagnostics.warning(atLine(file, static_cast<int>(bodyStart) + 1,
                                           std::string("no text for the ") + audienceName(audience) + " audience"));
        }
    } catch (const FileError& error) {
        diagnostics.error(atLine(file, error.line, error.message + "; annotation left out"));
        return std::nullopt;
    }
    return annotation;
}

}  // namespace av
