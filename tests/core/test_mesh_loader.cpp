// loadMeshFile() on good files of every format, written at test time: counts, bounds, outward winding
// and normals, node transforms, and the repairs it reports as warnings.
#include "core/mesh_loader.h"
#include "test_mesh_fixtures.h"

#include <assimp/Exporter.hpp>
#include <assimp/Importer.hpp>
#include <assimp/scene.h>
#include <doctest/doctest.h>

#include <algorithm>

using namespace av;
using namespace av::test;

namespace {

bool anyContains(const std::vector<std::string>& lines, const std::string& text) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

Mesh loadClean(const fs::path& path) {
    std::vector<std::string> warnings;
    Mesh mesh = loadMeshFile(path, &warnings);
    INFO("warnings: " << (warnings.empty() ? std::string("none") : warnings.front()));
    CHECK(warnings.empty());
    return mesh;
}

}  // namespace

TEST_CASE("mesh loader: the box in every format loads closed, outward and welded") {
    TempDir dir;
    const Shape shape = box();
    const std::vector<std::pair<std::string, std::string>> files = {
        {"box.stl", binaryStl(shape)},         {"ascii.stl", asciiStl(shape)},
        {"box.obj", obj(shape)},               {"ascii.ply", asciiPly(shape)},
        {"binary.ply", binaryPly(shape)},      {"box.glb", glb(shape)},
        {"box.gltf", gltfWithDataUri(shape)},  {"box.vtp", asciiVtp(shape)},
        {"ascii.vtk", legacyVtkAscii(shape)},  {"binary.vtk", legacyVtkBinary(shape)},
        {"UPPER.STL", binaryStl(shape)}};
    for (const auto& [name, bytes] : files) {
        CAPTURE(name);
        writeFile(dir / name, bytes);
        const Mesh mesh = loadClean(dir / name);
        checkClosedBox(mesh);
        // No normals in any of these files (STL's facet normals do not count): computed on a welded mesh.
        CHECK(mesh.positions.size() == 8);
    }
}

TEST_CASE("mesh loader: glTF with its buffer in a file beside it") {
    TempDir dir;
    GltfParts parts = gltfParts(box());
    const std::string source = "\"byteLength\":240}";
    const std::size_t at = parts.json.find(source);
    REQUIRE(at != std::string::npos);
    parts.json.replace(at, source.size(), "\"byteLength\":240,\"uri\":\"box data.bin\"}");
    writeFile(dir / "box.gltf", parts.json);
    writeFile(dir / "box data.bin", parts.buffer);
    checkClosedBox(loadClean(dir / "box.gltf"));
}

TEST_CASE("mesh loader: FBX written by Assimp loads back") {
    TempDir dir;
    writeFile(dir / "box.obj", obj(box()));
    Assimp::Importer importer;
    const aiScene* scene = importer.ReadFile((dir / "box.obj").string(), 0);
    REQUIRE(scene);
    Assimp::Exporter exporter;
    REQUIRE(exporter.Export(scene, "fbxa", (dir / "box.fbx").string()) == AI_SUCCESS);
    std::vector<std::string> warnings;
    const Mesh mesh = loadMeshFile(dir / "box.fbx", &warnings);
    checkValidMesh(mesh);
    CHECK(mesh.triangles.size() == 12);
    // The FBX exporter may scale (FBX units are centimetres): check shape, not size.
    const Bounds b = boundsOf(mesh);
    CHECK((b[3] - b[2]) / (b[1] - b[0]) == doctest::Approx(2.0));
    CHECK((b[5] - b[4]) / (b[1] - b[0]) == doctest::Approx(3.0));
    CHECK(signedVolume6(mesh) > 0.0);
}

TEST_CASE("mesh loader: glTF nodes are merged with their transforms applied") {
    TempDir dir;
    // The box twice: once moved 10 along x, once as the child of a node scaled by 2.
    writeFile(dir / "two.glb", glb(box(), R"([{"mesh":0,"translation":[10,0,0]},
                                              {"scale":[2,2,2],"children":[2]},
                                              {"mesh":0}])"));
    const Mesh mesh = loadClean(dir / "two.glb");
    checkValidMesh(mesh);
    CHECK(mesh.triangles.size() == 24);
    CHECK(mesh.positions.size() == 16);
    const Bounds b = boundsOf(mesh);
    CHECK(b[0] == doctest::Approx(2.0));   // the scaled box starts at 2 * 1
    CHECK(b[1] == doctest::Approx(12.0));  // the moved box ends at 2 + 10
    CHECK(b[5] == doctest::Approx(12.0));  // the scaled box ends at 2 * 6
    CHECK(signedVolume6(mesh) == doctest::Approx(6.0 * (6 + 6 * 8)));
}

TEST_CASE("mesh loader: the file's normals are kept") {
    TempDir dir;
    // A VTP box with one flat normal per face corner: 24 points, hard edges.
    Shape flat;
    std::string normals;
    const Shape shape = box();
    for (const auto& face : shape.faces) {
        std::vector<std::uint32_t> corners;
        for (const std::uint32_t i : face) {
            corners.push_back(static_cast<std::uint32_t>(flat.points.size()));
            flat.points.push_back(shape.points[i]);
        }
        flat.faces.push_back(corners);
    }
    const Vec3f faceNormals[6] = {{-1, 0, 0}, {1, 0, 0}, {0, -1, 0}, {0, 1, 0}, {0, 0, -1}, {0, 0, 1}};
    for (const Vec3f& n : faceNormals)
        for (int k = 0; k < 4; ++k) normals += std::to_string(n[0]) + " " + std::to_string(n[1]) + " " + std::to_string(n[2]) + "\n";
    std::string vtp = asciiVtp(flat);
    vtp.replace(vtp.find("<Points>"), 0,
                "<PointData Normals=\"Normals\">\n<DataArray type=\"Float32\" Name=\"Normals\" "
                "NumberOfComponents=\"3\" format=\"ascii\">\n" + normals + "</DataArray>\n</PointData>\n");
    writeFile(dir / "flat.vtp", vtp);
    const Mesh mesh = loadClean(dir / "flat.vtp");
    checkValidMesh(mesh);
    CHECK(mesh.positions.size() == 24);
    CHECK(mesh.triangles.size() == 12);
    for (std::size_t v = 0; v < mesh.positions.size(); ++v)
        CHECK(std::count(mesh.normals[v].begin(), mesh.normals[v].end(), 0.0f) == 2);
}

TEST_CASE("mesh loader: inconsistent and inside-out winding is turned outward, with a warning") {
    TempDir dir;
    Shape oneFlipped = box();
    std::reverse(oneFlipped.faces[3].begin(), oneFlipped.faces[3].end());
    Shape insideOut = box();
    for (auto& face : insideOut.faces) std::reverse(face.begin(), face.end());
    writeFile(dir / "flipped.obj", obj(oneFlipped));
    writeFile(dir / "inside-out.ply", asciiPly(insideOut));

    std::vector<std::string> warnings;
    checkClosedBox(loadMeshFile(dir / "flipped.obj", &warnings));
    CHECK(anyContains(warnings, "turned 2 triangles whose winding disagreed"));
    warnings.clear();
    checkClosedBox(loadMeshFile(dir / "inside-out.ply", &warnings));
    CHECK(anyContains(warnings, "turned 1 closed parts that were inside out"));
    for (const std::string& w : warnings) CHECK(w.rfind((dir / "inside-out.ply").string() + ": ", 0) == 0);
}

TEST_CASE("mesh loader: degenerate and duplicate triangles are dropped, with a warning") {
    TempDir dir;
    Shape shape = box();
    shape.points.push_back({1.5f, 2.0f, 3.0f});  // on the edge from corner 0 to corner 1
    shape.faces.push_back({0, 1, 8});              // zero area
    shape.faces.push_back({0, 0, 1});              // a repeated corner
    shape.faces.push_back({0, 4, 6});              // the same as the first half of face 0
    writeFile(dir / "messy.obj", obj(shape));
    std::vector<std::string> warnings;
    const Mesh mesh = loadMeshFile(dir / "messy.obj", &warnings);
    checkClosedBox(mesh);
    CHECK(mesh.positions.size() == 8);  // the point only a dropped triangle used is gone
    CHECK(anyContains(warnings, "dropped 2 degenerate triangles"));
    CHECK(anyContains(warnings, "dropped 1 duplicate triangles"));
}

TEST_CASE("mesh loader: a reversed copy of a triangle in a surface is dropped, an isolated one kept") {
    TempDir dir;
    // An open box (no top) with its first triangle repeated reversed, plus a tiny two-sided triangle
    // far away (like the stray fragments of some exported meshes), plus enough of the box for the
    // fragment to count as stray: the box's faces split into 10 x 10 quads.
    Shape shape;
    const Shape corners = box();
    for (std::size_t f = 0; f < 5; ++f) {
        const auto& face = corners.faces[f];
        const Vec3f &o = corners.points[face[0]], &u = corners.points[face[1]], &w = corners.points[face[3]];
        const auto at = [&](int i, int j) {
            Vec3f p;
            for (std::size_t k = 0; k < 3; ++k) p[k] = o[k] + (u[k] - o[k]) * i / 10.0f + (w[k] - o[k]) * j / 10.0f;
            shape.points.push_back(p);
            return static_cast<std::uint32_t>(shape.points.size() - 1);
        };
        for (int i = 0; i < 10; ++i)
            for (int j = 0; j < 10; ++j) shape.faces.push_back({at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)});
    }
    const auto first = triangulated(shape).faces.front();
    shape.faces.push_back({first[0], first[2], first[1]});
    shape.points.push_back({50, 50, 50});
    shape.points.push_back({51, 50, 50});
    shape.points.push_back({50, 51, 50});
    const auto n = static_cast<std::uint32_t>(shape.points.size());
    shape.faces.push_back({n - 3, n - 2, n - 1});
    shape.faces.push_back({n - 3, n - 1, n - 2});
    writeFile(dir / "open.stl", binaryStl(shape));

    std::vector<std::string> warnings;
    const Mesh mesh = loadMeshFile(dir / "open.stl", &warnings);
    checkValidMesh(mesh);
    CHECK(mesh.triangles.size() == 5 * 200 + 2);
    CHECK(anyContains(warnings, "dropped 1 duplicate triangles"));
    CHECK(anyContains(warnings, "kept 1 stray fragments (2 triangles"));
    CHECK_FALSE(anyContains(warnings, "turned"));
    // Every vertex normal of the open box points out of it (its centre is (1.5, 3, 4.5)).
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        if (mesh.positions[v][0] >= 50) continue;
        const Vec3f& p = mesh.positions[v];
        const Vec3f& nv = mesh.normals[v];
        CHECK(nv[0] * (p[0] - 1.5f) + nv[1] * (p[1] - 3.0f) + nv[2] * (p[2] - 4.5f) > 0.0f);
    }
}

TEST_CASE("mesh loader: supported extensions are listed") {
    const auto& extensions = supportedMeshExtensions();
    for (const char* e : {".glb", ".gltf", ".obj", ".stl", ".ply", ".fbx", ".vtp", ".vtk"})
        CHECK(std::find(extensions.begin(), extensions.end(), e) != extensions.end());
}
