// VTK XML PolyData (.vtp): reads the tags (not the data between them) up to any appended data, and
// checks that the points and cells the pieces declare can fit in the file, given how the data is
// stored: ascii numbers take at least two bytes each, base64 four bytes per three, compressed data at
// most about 1:1032 (zlib's limit). vtkXMLPolyDataReader allocates for the declared counts first.
#include "core/mesh_io/format_error.h"
#include "core/mesh_io/prechecks.h"

#include <cctype>
#include <map>
#include <optional>
#include <string>

namespace av::mesh_io {

namespace {

constexpr double kZlibMaxRatio = 1032.0;
constexpr std::size_t kMaxTagLength = 64 * 1024;

// The value of attribute `name` in a tag's text, if present.
std::optional<std::string> attribute(const std::string& tag, const std::string& name) {
    for (std::size_t at = tag.find(name); at != std::string::npos; at = tag.find(name, at + 1)) {
        if (at == 0 || !std::isspace(static_cast<unsigned char>(tag[at - 1]))) continue;
        std::size_t i = tag.find_first_not_of(" \t\r\n", at + name.size());
        if (i == std::string::npos || tag[i] != '=') continue;
        i = tag.find_first_not_of(" \t\r\n", i + 1);
        if (i == std::string::npos || (tag[i] != '"' && tag[i] != '\'')) continue;
        const std::size_t end = tag.find(tag[i], i + 1);
        if (end == std::string::npos) continue;
        return tag.substr(i + 1, end - i - 1);
    }
    return std::nullopt;
}

std::string tagName(const std::string& tag) {
    const std::size_t end = tag.find_first_of(" \t\r\n/");
    return tag.substr(0, end);
}

std::uint64_t countAttribute(const std::string& tag, const char* name) {
    const auto text = attribute(tag, name);
    if (!text) return 0;
    if (text->empty() || text->size() > 19 || text->find_first_not_of("0123456789") != std::string::npos)
        throw FormatError(std::string("VTK XML ") + name + "=\"" + text->substr(0, 40) + "\" is not a count");
    return std::stoull(*text);
}

std::uint64_t valueBytes(const std::string& type) {
    static const std::map<std::string, std::uint64_t> sizes = {
        {"Int8", 1},  {"UInt8", 1},  {"Int16", 2},   {"UInt16", 2},  {"Int32", 4},
        {"UInt32", 4}, {"Int64", 8}, {"UInt64", 8},  {"Float32", 4}, {"Float64", 8}};
    const auto it = sizes.find(type);
    return it == sizes.end() ? 1 : it->second;
}

struct Declared {
    std::string compressor;
    std::uint64_t points = 0;
    std::uint64_t cells = 0;
    std::string pointsType = "Float32";
    std::string pointsFormat = "ascii";
    std::string appendedEncoding = "raw";
};

// Reads the tags up to <AppendedData> (after it come raw bytes that may hold anything).
Declared readTags(FileBytes& file) {
    Declared declared;
    bool sawRoot = false;
    bool inPoints = false;
    file.seek(0);
    if (!looksLikeText(file.head(1024))) throw FormatError("is not a VTK XML file (binary data at the start)");
    file.seek(0);
    while (file.skipPast('<')) {
        const auto text = file.readUntil('>', kMaxTagLength);
        if (!text) break;
        const std::string name = tagName(*text);
        if (name == "VTKFile") {
            sawRoot = true;
            const std::string type = attribute(*text, "type").value_or("");
            if (type != "PolyData") throw FormatError("VTK XML file holds \"" + type + "\", not PolyData");
            declared.compressor = attribute(*text, "compressor").value_or("");
        } else if (name == "Piece") {
            declared.points += countAttribute(*text, "NumberOfPoints");
            for (const char* cells : {"NumberOfVerts", "NumberOfLines", "NumberOfStrips", "NumberOfPolys"})
                declared.cells += countAttribute(*text, cells);
        } else if (name == "Points") {
            inPoints = true;
        } else if (name == "DataArray" && inPoints) {
            declared.pointsType = attribute(*text, "type").value_or("Float32");
            declared.pointsFormat = attribute(*text, "format").value_or("ascii");
            inPoints = false;
        } else if (name == "AppendedData") {
            declared.appendedEncoding = attribute(*text, "encoding").value_or("raw");
            break;
        }
    }
    if (!sawRoot) throw FormatError("is not a VTK XML file (no <VTKFile> element)");
    return declared;
}

}  // namespace

void precheckVtp(FileBytes& file) {
    const Declared declared = readTags(file);
    if (declared.points > kMaxPoints)
        throw FormatError("VTK XML file declares " + std::to_string(declared.points) +
                          " points, more than the limit of " + std::to_string(kMaxPoints));
    if (declared.cells > kMaxTriangles)
        throw FormatError("VTK XML file declares " + std::to_string(declared.cells) +
                          " cells, more than the limit of " + std::to_string(kMaxTriangles));

    // The fewest bytes one point and one cell (its offset) can take in this file.
    double pointBytes = 6.0;  // ascii: a digit and a separator per number
    double cellBytes = 2.0;
    if (declared.pointsFormat != "ascii") {
        double factor = 1.0;
        if (declared.pointsFormat == "binary" || declared.appendedEncoding == "base64") factor *= 4.0 / 3.0;
        if (declared.compressor == "vtkZLibDataCompressor") factor /= kZlibMaxRatio;
        else if (!declared.compressor.empty()) factor = 0.0;  // other compressors: only the hard caps apply
        pointBytes = 3.0 * static_cast<double>(valueBytes(declared.pointsType)) * factor;
        cellBytes = factor;  // offsets of at least one byte each
    }
    const double size = static_cast<double>(file.size());
    if (static_cast<double>(declared.points) * pointBytes > size)
        throw FormatError("VTK XML file declares " + std::to_string(declared.points) + " points, which need at least " +
                          std::to_string(static_cast<std::uint64_t>(static_cast<double>(declared.points) * pointBytes)) +
                          " bytes, but the file has " + std::to_string(file.size()));
    if (static_cast<double>(declared.cells) * cellBytes > size)
        throw FormatError("VTK XML file declares " + std::to_string(declared.cells) + " cells, which need at least " +
                          std::to_string(static_cast<std::uint64_t>(static_cast<double>(declared.cells) * cellBytes)) +
                          " bytes, but the file has " + std::to_string(file.size()));
}

}  // namespace av::mesh_io
