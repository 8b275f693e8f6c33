#include "test_mesh_fixtures.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace av::test {

namespace {

std::string bigEndian(std::string littleEndian) {
    return {littleEndian.rbegin(), littleEndian.rend()};
}

std::string base64(const std::string& bytes) {
    static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        std::uint32_t group = static_cast<std::uint8_t>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) group |= static_cast<std::uint8_t>(bytes[i + 1]) << 8;
        if (i + 2 < bytes.size()) group |= static_cast<std::uint8_t>(bytes[i + 2]);
        for (std::size_t k = 0; k < 4; ++k)
            out += i + k <= bytes.size() ? digits[(group >> (18 - 6 * k)) & 63] : '=';
    }
    return out;
}

Vec3f faceNormal(const Shape& shape, const std::vector<std::uint32_t>& face) {
    const Vec3f& a = shape.points[face[0]];
    const Vec3f& b = shape.points[face[1]];
    const Vec3f& c = shape.points[face[2]];
    const Vec3f u{b[0] - a[0], b[1] - a[1], b[2] - a[2]}, v{c[0] - a[0], c[1] - a[1], c[2] - a[2]};
    Vec3f n{u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    const float length = std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
    for (float& x : n) x /= length;
    return n;
}

nlohmann::json gltfDocument(const Shape& shape, const std::string& nodesJson, std::string& buffer) {
    const Shape triangles = triangulated(shape);
    std::string positions, indices;
    Vec3f low = triangles.points[0], high = triangles.points[0];
    for (const Vec3f& p : triangles.points) {
        for (std::size_t i = 0; i < 3; ++i) {
            positions += bytesOf(p[i]);
            low[i] = std::min(low[i], p[i]);
            high[i] = std::max(high[i], p[i]);
        }
    }
    for (const auto& face : triangles.faces)
        for (const std::uint32_t index : face) indices += bytesOf(index);
    const nlohmann::json nodes = nlohmann::json::parse(nodesJson);
    std::vector<bool> isChild(nodes.size(), false);
    for (const auto& node : nodes)
        if (node.contains("children"))
            for (const auto& child : node["children"]) isChild[child.get<std::size_t>()] = true;
    nlohmann::json roots = nlohmann::json::array();
    for (std::size_t n = 0; n < nodes.size(); ++n)
        if (!isChild[n]) roots.push_back(n);
    nlohmann::json doc = {
        {"asset", {{"version", "2.0"}}},
        {"scene", 0},
        {"scenes", {{{"nodes", roots}}}},
        {"nodes", nodes},
        {"meshes", {{{"primitives", {{{"attributes", {{"POSITION", 0}}}, {"indices", 1}, {"mode", 4}}}}}}},
        {"buffers", {{{"byteLength", positions.size() + indices.size()}}}},
        {"bufferViews",
         {{{"buffer", 0}, {"byteOffset", 0}, {"byteLength", positions.size()}},
          {{"buffer", 0}, {"byteOffset", positions.size()}, {"byteLength", indices.size()}}}},
        {"accessors",
         {{{"bufferView", 0}, {"componentType", 5126}, {"count", triangles.points.size()}, {"type", "VEC3"},
           {"min", low}, {"max", high}},
          {{"bufferView", 1}, {"componentType", 5125}, {"count", 3 * triangles.faces.size()}, {"type", "SCALAR"}}}}};
    buffer = positions + indices;
    return doc;
}

}  // namespace

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    root_ = fs::temp_directory_path() /
            ("av-mesh-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(root_);
    fs::create_directories(root_);
}

TempDir::~TempDir() {
    std::error_code ignored;
    fs::permissions(root_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(root_, ignored);
}

ConsoleCapture::ConsoleCapture(const fs::path& file) : file_(file) {
    std::cout.flush();
    std::fflush(nullptr);
    savedOut_ = ::dup(1);
    savedErr_ = ::dup(2);
    const int sink = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(sink >= 0);
    ::dup2(sink, 1);
    ::dup2(sink, 2);
    ::close(sink);
}

ConsoleCapture::~ConsoleCapture() {
    if (savedOut_ >= 0) stop();
}

std::string ConsoleCapture::stop() {
    if (savedOut_ < 0) return readFile(file_);
    std::cout.flush();
    std::fflush(nullptr);
    ::dup2(savedOut_, 1);
    ::dup2(savedErr_, 2);
    ::close(savedOut_);
    ::close(savedErr_);
    savedOut_ = savedErr_ = -1;
    return readFile(file_);
}

void writeFile(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    REQUIRE(out.good());
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

Shape box() {
    Shape shape;
    for (std::uint32_t i = 0; i < 8; ++i)
        shape.points.push_back({i & 1 ? 2.0f : 1.0f, i & 2 ? 4.0f : 2.0f, i & 4 ? 6.0f : 3.0f});
    shape.faces = {{0, 4, 6, 2}, {1, 3, 7, 5}, {0, 1, 5, 4}, {2, 6, 7, 3}, {0, 2, 3, 1}, {4, 5, 7, 6}};
    return shape;
}

Shape triangulated(const Shape& shape) {
    Shape result{shape.points, {}};
    for (const auto& face : shape.faces)
        for (std::size_t k = 1; k + 1 < face.size(); ++k) result.faces.push_back({face[0], face[k], face[k + 1]});
    return result;
}

std::string asciiStl(const Shape& shape) {
    std::ostringstream out;
    out << "solid box\n";
    for (const auto& face : triangulated(shape).faces) {
        const Vec3f n = faceNormal(shape, face);
        out << "  facet normal " << n[0] << " " << n[1] << " " << n[2] << "\n    outer loop\n";
        for (const std::uint32_t i : face) {
            const Vec3f& p = shape.points[i];
            out << "      vertex " << p[0] << " " << p[1] << " " << p[2] << "\n";
        }
        out << "    endloop\n  endfacet\n";
    }
    out << "endsolid box\n";
    return out.str();
}

std::string binaryStl(const Shape& shape) {
    const Shape triangles = triangulated(shape);
    std::string out(80, '\0');
    out += bytesOf(static_cast<std::uint32_t>(triangles.faces.size()));
    for (const auto& face : triangles.faces) {
        for (const float x : faceNormal(shape, face)) out += bytesOf(x);
        for (const std::uint32_t i : face)
            for (const float x : shape.points[i]) out += bytesOf(x);
        out += bytesOf(std::uint16_t{0});
    }
    return out;
}

std::string obj(const Shape& shape) {
    std::ostringstream out;
    out << "# box\n";
    for (const Vec3f& p : shape.points) out << "v " << p[0] << " " << p[1] << " " << p[2] << "\n";
    for (const auto& face : shape.faces) {
        out << "f";
        for (const std::uint32_t i : face) out << " " << i + 1;
        out << "\n";
    }
    return out.str();
}

namespace {

std::string plyHeader(const Shape& shape, const char* format) {
    std::ostringstream out;
    out << "ply\nformat " << format << " 1.0\ncomment box\nelement vertex " << shape.points.size()
        << "\nproperty float x\nproperty float y\nproperty float z\nelement face " << shape.faces.size()
        << "\nproperty list uchar int vertex_indices\nend_header\n";
    return out.str();
}

}  // namespace

std::string asciiPly(const Shape& shape) {
    std::ostringstream out;
    out << plyHeader(shape, "ascii");
    for (const Vec3f& p : shape.points) out << p[0] << " " << p[1] << " " << p[2] << "\n";
    for (const auto& face : shape.faces) {
        out << face.size();
        for (const std::uint32_t i : face) out << " " << i;
        out << "\n";
    }
    return out.str();
}

std::string binaryPly(const Shape& shape) {
    std::string out = plyHeader(shape, "binary_little_endian");
    for (const Vec3f& p : shape.points)
        for (const float x : p) out += bytesOf(x);
    for (const auto& face : shape.faces) {
        out += bytesOf(static_cast<std::uint8_t>(face.size()));
        for (const std::uint32_t i : face) out += bytesOf(static_cast<std::int32_t>(i));
    }
    return out;
}

std::string asciiVtp(const Shape& shape) {
    std::ostringstream out;
    out << "<?xml version=\"1.0\"?>\n"
        << "<VTKFile type=\"PolyData\" version=\"0.1\" byte_order=\"LittleEndian\">\n<PolyData>\n"
        << "<Piece NumberOfPoints=\"" << shape.points.size()
        << "\" NumberOfVerts=\"0\" NumberOfLines=\"0\" NumberOfStrips=\"0\" NumberOfPolys=\"" << shape.faces.size()
        << "\">\n<Points>\n<DataArray type=\"Float32\" NumberOfComponents=\"3\" format=\"ascii\">\n";
    for (const Vec3f& p : shape.points) out << p[0] << " " << p[1] << " " << p[2] << "\n";
    out << "</DataArray>\n</Points>\n<Polys>\n<DataArray type=\"Int32\" Name=\"connectivity\" format=\"ascii\">\n";
    std::size_t offset = 0;
    std::ostringstream offsets;
    for (const auto& face : shape.faces) {
        for (const std::uint32_t i : face) out << i << " ";
        out << "\n";
        offset += face.size();
        offsets << offset << " ";
    }
    out << "</DataArray>\n<DataArray type=\"Int32\" Name=\"offsets\" format=\"ascii\">\n"
        << offsets.str() << "\n</DataArray>\n</Polys>\n</Piece>\n</PolyData>\n</VTKFile>\n";
    return out.str();
}

std::string legacyVtkAscii(const Shape& shape) {
    std::size_t size = 0;
    for (const auto& face : shape.faces) size += face.size() + 1;
    std::ostringstream out;
    out << "# vtk DataFile Version 4.2\nbox\nASCII\nDATASET POLYDATA\nPOINTS " << shape.points.size() << " float\n";
    for (const Vec3f& p : shape.points) out << p[0] << " " << p[1] << " " << p[2] << "\n";
    out << "POLYGONS " << shape.faces.size() << " " << size << "\n";
    for (const auto& face : shape.faces) {
        out << face.size();
        for (const std::uint32_t i : face) out << " " << i;
        out << "\n";
    }
    return out.str();
}

std::string legacyVtkBinary(const Shape& shape) {
    std::string out = "# vtk DataFile Version 5.1\nbox\nBINARY\nDATASET POLYDATA\nPOINTS " +
                      std::to_string(shape.points.size()) + " float\n";
    for (const Vec3f& p : shape.points)
        for (const float x : p) out += bigEndian(bytesOf(x));
    std::string offsets = bigEndian(bytesOf(std::int64_t{0})), connectivity;
    std::int64_t offset = 0;
    for (const auto& face : shape.faces) {
        for (const std::uint32_t i : face) connectivity += bigEndian(bytesOf(std::int64_t{i}));
        offset += static_cast<std::int64_t>(face.size());
        offsets += bigEndian(bytesOf(offset));
    }
    out += "\nPOLYGONS " + std::to_string(shape.faces.size() + 1) + " " + std::to_string(offset) + "\n";
    out += "OFFSETS vtktypeint64\n" + offsets + "\nCONNECTIVITY vtktypeint64\n" + connectivity + "\n";
    return out;
}

GltfParts gltfParts(const Shape& shape, const std::string& nodes) {
    GltfParts parts;
    parts.json = gltfDocument(shape, nodes, parts.buffer).dump();
    return parts;
}

std::string glbContainer(const GltfParts& parts) {
    std::string json = parts.json, buffer = parts.buffer;
    while (json.size() % 4) json += ' ';
    while (buffer.size() % 4) buffer += '\0';
    std::string out = "glTF" + bytesOf(std::uint32_t{2}) +
                      bytesOf(static_cast<std::uint32_t>(12 + 8 + json.size() + 8 + buffer.size()));
    out += bytesOf(static_cast<std::uint32_t>(json.size())) + "JSON" + json;
    out += bytesOf(static_cast<std::uint32_t>(buffer.size())) + std::string("BIN\0", 4) + buffer;
    return out;
}

std::string glb(const Shape& shape, const std::string& nodes) {
    return glbContainer(gltfParts(shape, nodes));
}

std::string gltfWithDataUri(const Shape& shape) {
    std::string buffer;
    nlohmann::json doc = gltfDocument(shape, R"([{"mesh":0}])", buffer);
    doc["buffers"][0]["uri"] = "data:application/octet-stream;base64," + base64(buffer);
    return doc.dump(1);
}

void checkValidMesh(const Mesh& mesh) {
    REQUIRE(!mesh.triangles.empty());
    REQUIRE(mesh.normals.size() == mesh.positions.size());
    // Counted, then checked once: an assertion per element would make large meshes slow to test.
    std::size_t badIndices = 0, badPositions = 0, badNormals = 0;
    for (const Triangle& t : mesh.triangles)
        for (const std::uint32_t i : t) badIndices += i < mesh.positions.size() ? 0 : 1;
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        const Vec3f &p = mesh.positions[v], &n = mesh.normals[v];
        badPositions += std::isfinite(p[0]) && std::isfinite(p[1]) && std::isfinite(p[2]) ? 0 : 1;
        const double length = std::sqrt(double{n[0]} * n[0] + double{n[1]} * n[1] + double{n[2]} * n[2]);
        badNormals += std::abs(length - 1.0) < 1e-4 ? 0 : 1;  // false for NaN too
    }
    CHECK(badIndices == 0);
    CHECK(badPositions == 0);
    CHECK(badNormals == 0);
}

Bounds boundsOf(const Mesh& mesh) {
    Bounds b = {INFINITY, -INFINITY, INFINITY, -INFINITY, INFINITY, -INFINITY};
    for (const Vec3f& p : mesh.positions)
        for (std::size_t k = 0; k < 3; ++k) {
            b[2 * k] = std::min(b[2 * k], double{p[k]});
            b[2 * k + 1] = std::max(b[2 * k + 1], double{p[k]});
        }
    return b;
}

double signedVolume6(const Mesh& mesh) {
    double volume = 0.0;
    for (const Triangle& t : mesh.triangles) {
        const Vec3f &a = mesh.positions[t[0]], &b = mesh.positions[t[1]], &c = mesh.positions[t[2]];
        volume += double{a[0]} * (double{b[1]} * c[2] - double{b[2]} * c[1]) -
                  double{a[1]} * (double{b[0]} * c[2] - double{b[2]} * c[0]) +
                  double{a[2]} * (double{b[0]} * c[1] - double{b[1]} * c[0]);
    }
    return volume;
}

void checkClosedBox(const Mesh& mesh) {
    checkValidMesh(mesh);
    CHECK(mesh.triangles.size() == 12);
    const Bounds b = boundsOf(mesh);
    for (std::size_t k = 0; k < 6; ++k) CHECK(b[k] == doctest::Approx(kBoxBounds[k]));
    const double centre[3] = {1.5, 3.0, 4.5};
    for (const Triangle& t : mesh.triangles) {
        Shape corners{{mesh.positions[t[0]], mesh.positions[t[1]], mesh.positions[t[2]]}, {{0, 1, 2}}};
        const Vec3f n = faceNormal(corners, corners.faces[0]);
        double outward = 0.0;
        for (std::size_t k = 0; k < 3; ++k)
            outward += n[k] * ((corners.points[0][k] + corners.points[1][k] + corners.points[2][k]) / 3.0 - centre[k]);
        CHECK(outward > 0.0);
    }
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        double outward = 0.0;
        for (std::size_t k = 0; k < 3; ++k) outward += mesh.normals[v][k] * (mesh.positions[v][k] - centre[k]);
        CHECK(outward > 0.0);
    }
    CHECK(signedVolume6(mesh) == doctest::Approx(6.0 * 1 * 2 * 3));
}

}  // namespace av::test
