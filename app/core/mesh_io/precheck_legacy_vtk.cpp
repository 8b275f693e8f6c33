// Legacy VTK (.vtk): walks the file section by section (POINTS, POLYGONS, ..., POINT_DATA and its
// attributes, FIELD arrays) and checks that the data each header line declares is really there -
// exactly, by bytes in binary files and by numbers in ascii ones - before vtkPolyDataReader allocates
// it. The walk stops quietly at anything it does not know; the reader judges the rest.
#include "core/mesh_io/format_error.h"
#include "core/mesh_io/prechecks.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace av::mesh_io {

namespace {

constexpr std::uint64_t kMaxValues = 4 * 3 * kMaxTriangles;  // the most numbers in one section
constexpr std::uint64_t kMaxComponents = 1024;               // per tuple, far above any real array

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Bytes per value in a binary file; 0 for a type the walk does not know (and for bits).
std::uint64_t binaryTypeSize(const std::string& type) {
    static const std::map<std::string, std::uint64_t> sizes = {
        {"unsigned_char", 1}, {"char", 1},          {"signed_char", 1},  {"unsigned_short", 2},
        {"short", 2},         {"unsigned_int", 4},  {"int", 4},          {"unsigned_long", 8},
        {"long", 8},          {"float", 4},         {"double", 8},       {"vtkidtype", 4},
        {"vtktypeint64", 8},  {"vtktypeuint64", 8}, {"unsigned_long_long", 8}, {"long_long", 8}};
    const auto it = sizes.find(lower(type));
    return it == sizes.end() ? 0 : it->second;
}

bool isFloatType(const std::string& type) {
    const std::string t = lower(type);
    return t == "float" || t == "double";
}

// A token for a message: at most 20 characters, anything unprintable as \xNN.
std::string printable(const std::string& token) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < token.size() && i < 20; ++i) {
        const auto c = static_cast<unsigned char>(token[i]);
        if (std::isprint(c))
            out += static_cast<char>(c);
        else
            out += std::string("\\x") + hex[c >> 4] + hex[c & 15];
    }
    return out;
}

std::uint64_t parseCount(const std::string& text, const std::string& line) {
    if (text.empty() || text.size() > 19 || text.find_first_not_of("0123456789") != std::string::npos)
        throw FormatError("legacy VTK line \"" + line + "\" has a bad count \"" + text + "\"");
    return std::stoull(text);
}

class Walker {
public:
    explicit Walker(FileBytes& file) : file_(file) {}

    void walk() {
        readHeader();
        std::uint64_t attributeCount = 0;  // tuples per attribute in the current POINT_DATA/CELL_DATA
        while (auto words = nextLine()) {
            const std::string keyword = lower(words->front());
            if (keyword == "points") {
                const std::uint64_t count = countAt(*words, 1);
                cap(count, kMaxPoints, "points");
                values(3 * count, typeAt(*words, 2), "POINTS");
            } else if (keyword == "polygons" || keyword == "triangle_strips" || keyword == "lines" ||
                       keyword == "vertices") {
                cells(*words);
            } else if (keyword == "point_data" || keyword == "cell_data") {
                attributeCount = countAt(*words, 1);
                cap(attributeCount, kMaxPoints, "data tuples");
            } else if (keyword == "scalars") {
                const std::uint64_t components = words->size() > 3 ? countAt(*words, 3) : 1;
                cap(components, kMaxComponents, "components");
                const std::string type = typeAt(*words, 2);
                const auto table = nextLine();
                if (!table || lower(table->front()) != "lookup_table") return;
                values(attributeCount * components, type, "SCALARS");
            } else if (keyword == "color_scalars") {
                const std::uint64_t components = countAt(*words, 2);
                cap(components, kMaxComponents, "components");
                values(attributeCount * components, colorType(), "COLOR_SCALARS");
            } else if (keyword == "lookup_table") {
                const std::uint64_t colors = countAt(*words, 2);
                cap(colors, kMaxPoints, "colours");
                values(4 * colors, colorType(), "LOOKUP_TABLE");
            } else if (keyword == "vectors" || keyword == "normals") {
                values(3 * attributeCount, typeAt(*words, 2), words->front());
            } else if (keyword == "texture_coordinates") {
                const std::uint64_t dimension = countAt(*words, 2);
                cap(dimension, kMaxComponents, "components");
                values(dimension * attributeCount, typeAt(*words, 3), "TEXTURE_COORDINATES");
            } else if (keyword == "tensors" || keyword == "tensors6") {
                values((keyword == "tensors" ? 9 : 6) * attributeCount, typeAt(*words, 2), "TENSORS");
            } else if (keyword == "global_ids" || keyword == "pedigree_ids") {
                values(attributeCount, typeAt(*words, 2), words->front());
            } else if (keyword == "field") {
                field(countAt(*words, 2));
            } else if (keyword == "metadata") {
                skipMetadata();
            } else {
                return;  // unknown: the reader decides
            }
        }
    }

private:
    void readHeader() {
        file_.seek(0);
        const auto magic = file_.readLine(256);
        if (!magic || magic->rfind("# vtk DataFile Version", 0) != 0)
            throw FormatError("is not a legacy VTK file (no \"# vtk DataFile Version\" line)");
        std::istringstream version(magic->substr(22));
        version >> majorVersion_;
        file_.readLine(256);  // title
        const auto mode = nextLine();
        if (!mode || (lower(mode->front()) != "ascii" && lower(mode->front()) != "binary"))
            throw FormatError("legacy VTK file says neither ASCII nor BINARY on its third line");
        binary_ = lower(mode->front()) == "binary";
        const auto dataset = nextLine();
        if (!dataset || lower(dataset->front()) != "dataset" || dataset->size() < 2)
            throw FormatError("legacy VTK file has no DATASET line");
        if (lower((*dataset)[1]) != "polydata")
            throw FormatError("legacy VTK file holds a " + (*dataset)[1] + " dataset, not POLYDATA");
    }

    // The words of the next non-blank line.
    std::optional<std::vector<std::string>> nextLine() {
        while (auto line = file_.readLine(256)) {
            std::istringstream stream(*line);
            std::vector<std::string> words;
            for (std::string word; stream >> word;) words.push_back(word);
            if (!words.empty()) {
                line_ = *line;
                return words;
            }
        }
        return std::nullopt;
    }

    std::uint64_t countAt(const std::vector<std::string>& words, std::size_t index) const {
        if (index >= words.size()) throw FormatError("legacy VTK line \"" + line_ + "\" is missing a count");
        return parseCount(words[index], line_);
    }

    std::string typeAt(const std::vector<std::string>& words, std::size_t index) const {
        if (index >= words.size()) throw FormatError("legacy VTK line \"" + line_ + "\" is missing a type");
        return words[index];
    }

    void cap(std::uint64_t count, std::uint64_t limit, const char* what) const {
        if (count > limit)
            throw FormatError("legacy VTK line \"" + line_ + "\" declares " + std::to_string(count) + " " + what +
                              ", more than the limit of " + std::to_string(limit));
    }

    // Colours are bytes in binary files and numbers from 0 to 1 in ascii ones.
    std::string colorType() const { return binary_ ? "unsigned_char" : "float"; }

    // Steps over `count` values of `type` that must follow, or refuses the file.
    void values(std::uint64_t count, const std::string& type, const std::string& section) {
        if (count > kMaxValues)
            throw FormatError("legacy VTK " + section + " declares " + std::to_string(count) +
                              " values, more than the limit of " + std::to_string(kMaxValues));
        if (!binary_) {
            const auto run = file_.skipNumbers(count, !isFloatType(type));
            if (run.count < count)
                throw FormatError("legacy VTK " + section + " declares " + std::to_string(count) +
                                  " numbers, but only " + std::to_string(run.count) +
                                  (run.stoppedAt.empty() ? " follow (the file ends)"
                                                         : " follow before \"" + printable(run.stoppedAt) + "\""));
            return;
        }
        const std::uint64_t size = binaryTypeSize(type);
        if (size == 0 && lower(type) != "bit")
            throw FormatError("legacy VTK " + section + " has an unknown data type \"" + type + "\"");
        const std::uint64_t bytes = size == 0 ? (count + 7) / 8 : count * size;  // bits are packed
        const std::uint64_t left = file_.size() - file_.position();
        if (bytes > left)
            throw FormatError("legacy VTK " + section + " declares " + std::to_string(count) + " values (" +
                              std::to_string(bytes) + " bytes), but only " + std::to_string(left) +
                              " bytes follow (truncated, or the count is wrong)");
        file_.seek(file_.position() + bytes);
    }

    // Cells: before version 5, "POLYGONS cells size" and `size` ints (each cell's point count, then its
    // points); from version 5, "POLYGONS offsets connectivity", then OFFSETS and CONNECTIVITY arrays.
    void cells(const std::vector<std::string>& words) {
        const std::string section = words.front();
        const std::uint64_t first = countAt(words, 1);
        const std::uint64_t second = countAt(words, 2);
        cap(first, kMaxTriangles + 1, "cells");
        if (majorVersion_ < 5) {
            values(second, "int", section);
            return;
        }
        for (const char* part : {"offsets", "connectivity"}) {
            const auto header = nextLine();
            if (!header || lower(header->front()) != part)
                throw FormatError("legacy VTK " + section + " is not followed by its " + part + " array");
            values(std::string(part) == "offsets" ? first : second, typeAt(*header, 1), section + " " + part);
        }
    }

    void field(std::uint64_t arrays) {
        while (arrays > 0) {
            const auto header = nextLine();
            if (!header) throw FormatError("legacy VTK FIELD is missing its arrays");
            if (lower(header->front()) == "metadata") {
                skipMetadata();
                continue;
            }
            --arrays;
            if (lower(header->front()) == "null_array") continue;
            const std::uint64_t components = countAt(*header, 1);
            const std::uint64_t tuples = countAt(*header, 2);
            cap(components, kMaxComponents, "components");
            cap(tuples, kMaxPoints, "tuples");
            const std::string type = typeAt(*header, 3);
            if (lower(type) == "string" || lower(type) == "utf8_string") return;
            values(components * tuples, type, "FIELD array " + header->front());
        }
    }

    // METADATA blocks are text lines up to a blank line.
    void skipMetadata() {
        while (auto line = file_.readLine(4096))
            if (line->find_first_not_of(" \t") == std::string::npos) return;
    }

    FileBytes& file_;
    int majorVersion_ = 0;
    bool binary_ = false;
    std::string line_;
};

}  // namespace

void precheckLegacyVtk(FileBytes& file) {
    Walker(file).walk();
}

}  // namespace av::mesh_io
