// PLY: the header declares every element's count and record layout. The data after the header must be
// able to hold them (binary: the fixed part of each record; ascii: at least two bytes, a digit and a
// separator, per number) before Assimp allocates for them.
#include "core/mesh_io/format_error.h"
#include "core/mesh_io/prechecks.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace av::mesh_io {

namespace {

constexpr std::size_t kMaxHeaderLines = 10000;

struct Element {
    std::string name;
    std::uint64_t count = 0;
    std::uint64_t fixedBytes = 0;  // scalar properties plus the count field of every list
    std::uint64_t numbers = 0;     // the same, counted as ascii numbers
    std::vector<std::string> properties;
};

std::uint64_t typeSize(const std::string& type) {
    static const std::map<std::string, std::uint64_t> sizes = {
        {"char", 1},   {"uchar", 1},   {"int8", 1},   {"uint8", 1},    {"short", 2},
        {"ushort", 2}, {"int16", 2},   {"uint16", 2}, {"int", 4},      {"uint", 4},
        {"int32", 4},  {"uint32", 4},  {"float", 4},  {"float32", 4},  {"double", 8},
        {"float64", 8}};
    const auto it = sizes.find(type);
    if (it == sizes.end()) throw FormatError("PLY header has an unknown property type \"" + type + "\"");
    return it->second;
}

std::uint64_t parseCount(const std::string& text, const std::string& element) {
    std::uint64_t value = 0;
    if (text.empty() || text.size() > 19 || text.find_first_not_of("0123456789") != std::string::npos)
        throw FormatError("PLY header has a bad count \"" + text + "\" for element \"" + element + "\"");
    for (const char c : text) value = value * 10 + static_cast<std::uint64_t>(c - '0');
    return value;
}

}  // namespace

void precheckPly(FileBytes& file) {
    file.seek(0);
    if (file.readLine(16) != std::string("ply")) throw FormatError("is not a PLY file (no \"ply\" magic)");
    std::string format;
    std::vector<Element> elements;
    bool ended = false;
    for (std::size_t n = 0; n < kMaxHeaderLines && !ended; ++n) {
        const auto line = file.readLine();
        if (!line) break;
        if (!looksLikeText(*line)) throw FormatError("PLY header holds binary data");
        std::istringstream words(*line);
        std::string keyword;
        words >> keyword;
        if (keyword == "end_header") {
            ended = true;
        } else if (keyword == "format") {
            words >> format;
        } else if (keyword == "element") {
            Element element;
            std::string count;
            words >> element.name >> count;
            element.count = parseCount(count, element.name);
            elements.push_back(element);
        } else if (keyword == "property") {
            if (elements.empty()) throw FormatError("PLY header has a property before any element");
            Element& element = elements.back();
            std::string type, name;
            words >> type;
            if (type == "list") {
                std::string countType, itemType;
                words >> countType >> itemType >> name;
                element.fixedBytes += typeSize(countType);
                typeSize(itemType);
            } else {
                words >> name;
                element.fixedBytes += typeSize(type);
            }
            element.numbers += 1;
            element.properties.push_back(name);
        } else if (keyword != "comment" && keyword != "obj_info" && !keyword.empty()) {
            throw FormatError("PLY header has an unknown line \"" + line->substr(0, 60) + "\"");
        }
    }
    if (!ended) throw FormatError("PLY header does not end (no \"end_header\")");
    const bool ascii = format == "ascii";
    if (!ascii && format != "binary_little_endian" && format != "binary_big_endian")
        throw FormatError("PLY header has an unknown format \"" + format + "\"");

    const std::uint64_t dataBytes = file.size() - file.position();
    std::uint64_t needed = 0;
    bool hasVertices = false;
    for (const Element& element : elements) {
        if (element.count > kMaxPoints)
            throw FormatError("PLY declares " + std::to_string(element.count) + " " + element.name +
                              " elements, more than the limit of " + std::to_string(kMaxPoints));
        const std::uint64_t bytesEach = ascii ? 2 * element.numbers : element.fixedBytes;
        needed += element.count * bytesEach;
        if (element.name == "vertex" && element.count > 0) {
            hasVertices = true;
            for (const char* axis : {"x", "y", "z"})
                if (std::find(element.properties.begin(), element.properties.end(), axis) ==
                    element.properties.end())
                    throw FormatError(std::string("PLY vertex element has no \"") + axis + "\" property");
        }
    }
    if (!hasVertices) throw FormatError("PLY declares no vertices");
    // The last ascii number may lack its separator.
    if (needed > dataBytes + (ascii ? 1 : 0))
        throw FormatError("PLY header declares elements that need at least " + std::to_string(needed) +
                          " bytes of data, but only " + std::to_string(dataBytes) +
                          " bytes follow the header (truncated, or the counts are wrong)");
}

}  // namespace av::mesh_io
