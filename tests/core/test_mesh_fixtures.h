#pragma once
// Small valid mesh files of every supported format, written at test time, and the checks the mesh
// loader tests share. The shape is an axis-aligned box from (1, 2, 3) to (2, 4, 6) - unequal sides, so
// a swapped axis shows - with faces wound counter-clockwise seen from outside.
#include "core/mesh.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace av::test {

namespace fs = std::filesystem;

// A fresh folder under the system temp folder, removed with its contents when it goes.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    fs::path operator/(const std::string& name) const { return root_ / name; }

private:
    fs::path root_;
};

// Sends what the process writes to stdout and stderr (C, C++ and libraries alike) into a file until
// stop(), which returns it.
class ConsoleCapture {
public:
    explicit ConsoleCapture(const fs::path& file);
    ~ConsoleCapture();
    ConsoleCapture(const ConsoleCapture&) = delete;
    ConsoleCapture& operator=(const ConsoleCapture&) = delete;
    std::string stop();

private:
    fs::path file_;
    int savedOut_ = -1;
    int savedErr_ = -1;
};

void writeFile(const fs::path& path, const std::string& bytes);
std::string readFile(const fs::path& path);

// Polygons by corner indices.
struct Shape {
    std::vector<Vec3f> points;
    std::vector<std::vector<std::uint32_t>> faces;
};

inline constexpr Bounds kBoxBounds = {1, 2, 2, 4, 3, 6};
Shape box();                    // 8 corners, 6 quads
Shape triangulated(const Shape& shape);  // fans every polygon into triangles

// The box (or any shape) in each format. glTF files hold triangles only; STL triangulates.
std::string asciiStl(const Shape& shape);
std::string binaryStl(const Shape& shape);
std::string obj(const Shape& shape);
std::string asciiPly(const Shape& shape);
std::string binaryPly(const Shape& shape);
std::string asciiVtp(const Shape& shape);
std::string legacyVtkAscii(const Shape& shape);   // format 4.2: "POLYGONS cells size"
std::string legacyVtkBinary(const Shape& shape);  // format 5.1: OFFSETS and CONNECTIVITY arrays

// The JSON text and binary buffer of a glTF holding the shape's triangles (positions, then uint32
// indices), for tests that edit them. `nodes` is the JSON array of nodes.
struct GltfParts {
    std::string json;
    std::string buffer;
};
GltfParts gltfParts(const Shape& shape, const std::string& nodes = R"([{"mesh":0}])");
// A glb container around the parts, chunk lengths and padding as they should be.
std::string glbContainer(const GltfParts& parts);
// glb of the shape's triangles. `nodes` is the JSON array of nodes (each may name mesh 0 and carry a
// transform); the default is one node without a transform.
std::string glb(const Shape& shape, const std::string& nodes = R"([{"mesh":0}])");
// .gltf text with the buffer inline as a base64 data URI.
std::string gltfWithDataUri(const Shape& shape);

// Little-endian bytes of a value.
template <class T>
std::string bytesOf(T value) {
    std::string out(sizeof(T), '\0');
    for (std::size_t i = 0; i < sizeof(T); ++i) out[i] = reinterpret_cast<const char*>(&value)[i];
    return out;
}

// Checks shared by the tests: indices in range, coordinates finite, one unit normal per vertex.
void checkValidMesh(const Mesh& mesh);
// The box: bounds, 12 triangles, every triangle and every vertex normal facing outward.
void checkClosedBox(const Mesh& mesh);
Bounds boundsOf(const Mesh& mesh);
// Six times the signed volume: positive for a closed mesh wound counter-clockwise from outside.
double signedVolume6(const Mesh& mesh);

}  // namespace av::test
