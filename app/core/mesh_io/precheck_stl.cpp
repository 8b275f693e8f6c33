// STL: binary files are exactly 80 + 4 + 50 * triangles bytes; ascii files start with "solid" and end
// with "endsolid". Anything else is refused before Assimp reads it.
#include "core/mesh_io/format_error.h"
#include "core/mesh_io/prechecks.h"

#include <string>

namespace av::mesh_io {

namespace {

constexpr std::uint64_t kHeaderBytes = 84;  // 80-byte header + triangle count
constexpr std::uint64_t kTriangleBytes = 50;

bool startsWithSolid(const std::string& head) {
    const std::size_t start = head.find_first_not_of(" \t\r\n");
    return start != std::string::npos && head.compare(start, 5, "solid") == 0;
}

void checkAsciiStl(FileBytes& file) {
    const std::string head = file.head(4096);
    const std::string tail = file.tail(4096);
    if (!looksLikeText(head) || !looksLikeText(tail))
        throw FormatError("starts like an ascii STL (\"solid\") but holds binary data, and its size (" +
                          std::to_string(file.size()) + " bytes) does not fit a binary STL either");
    if (head.find("facet") == std::string::npos)
        throw FormatError("ascii STL has no facets");
    // The last keyword must be "endsolid"; a file cut short ends inside a facet.
    const std::size_t end = tail.rfind("endsolid");
    if (end == std::string::npos || tail.find("endloop", end) != std::string::npos ||
        tail.find("endfacet", end) != std::string::npos)
        throw FormatError("ascii STL is truncated (it does not end with \"endsolid\")");
}

}  // namespace

void precheckStl(FileBytes& file) {
    const std::string head = file.head(kHeaderBytes);
    if (head.size() == kHeaderBytes) {
        const std::uint64_t count = readU32le(head, 80);
        // The size rule decides first: binary files may well start with "solid" too.
        if (kHeaderBytes + kTriangleBytes * count == file.size()) {
            if (count == 0) throw FormatError("binary STL has no triangles");
            if (count > kMaxTriangles)
                throw FormatError("binary STL declares " + std::to_string(count) +
                                  " triangles, more than the limit of " + std::to_string(kMaxTriangles));
            return;
        }
        if (!startsWithSolid(head)) {
            if (count > kMaxTriangles)
                throw FormatError("binary STL declares " + std::to_string(count) +
                                  " triangles, more than the limit of " +
                                  std::to_string(kMaxTriangles) + " (and more than its " +
                                  std::to_string(file.size()) + " bytes can hold)");
            throw FormatError("binary STL declares " + std::to_string(count) + " triangles, which take 84 + 50 * " +
                              std::to_string(count) + " = " +
                              std::to_string(kHeaderBytes + kTriangleBytes * count) +
                              " bytes, but the file has " + std::to_string(file.size()) +
                              " bytes (truncated or not an STL file)");
        }
    } else if (!startsWithSolid(head)) {
        throw FormatError("is too short for a binary STL (" + std::to_string(file.size()) +
                          " bytes; the header alone takes 84) and is not an ascii STL");
    }
    checkAsciiStl(file);
}

}  // namespace av::mesh_io
