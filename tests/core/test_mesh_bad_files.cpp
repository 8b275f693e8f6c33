// loadMeshFile() on bad files: each is refused with a MeshLoadError whose message names the file and
// the problem. Counts a file cannot hold are refused by the checks made before any reader runs (their
// messages, "declares ... but ...", come from those checks).
#include "core/mesh_loader.h"
#include "test_mesh_fixtures.h"

#include <doctest/doctest.h>

#include <limits>
#include <random>
#include <unistd.h>

using namespace av;
using namespace av::test;

namespace {

// Loads a file that must be refused; checks the message starts with the path and holds `expected`.
void checkRefused(const fs::path& path, const std::string& expected) {
    CAPTURE(path);
    try {
        loadMeshFile(path);
        FAIL("loaded a file that should have been refused");
    } catch (const MeshLoadError& e) {
        const std::string message = e.what();
        INFO("message: " << message);
        CHECK(message.rfind(path.string() + ": ", 0) == 0);
        CHECK(message.find(expected) != std::string::npos);
    }
}

void put(std::string& bytes, std::size_t offset, const std::string& value) {
    bytes.replace(offset, value.size(), value);
}

void replaceFirst(std::string& text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
}

std::string randomBytes(std::size_t count, unsigned seed) {
    std::mt19937 random(seed);
    std::string bytes(count, '\0');
    for (char& c : bytes) c = static_cast<char>(random() & 0xff);
    return bytes;
}

}  // namespace

TEST_CASE("mesh loader refuses: missing, empty, directory, unreadable, unknown extension") {
    TempDir dir;
    checkRefused(dir / "missing.stl", "no such file");
    fs::create_directory(dir / "folder.obj");
    checkRefused(dir / "folder.obj", "is a directory");
    writeFile(dir / "empty.ply", "");
    checkRefused(dir / "empty.ply", "is empty");
    writeFile(dir / "box.xyz", obj(box()));
    checkRefused(dir / "box.xyz", "unsupported extension \".xyz\"");
    writeFile(dir / "box", obj(box()));
    checkRefused(dir / "box", "unsupported extension");

    writeFile(dir / "locked.obj", obj(box()));
    fs::permissions(dir / "locked.obj", fs::perms::none);
    if (::access((dir / "locked.obj").c_str(), R_OK) == 0)
        MESSAGE("running with permission to read any file (root?): the unreadable-file case is not tested");
    else
        checkRefused(dir / "locked.obj", "cannot be opened (Permission denied)");
}

TEST_CASE("mesh loader refuses bad STL files") {
    TempDir dir;
    const std::string good = binaryStl(box());

    std::string cut = good.substr(0, good.size() - 10);
    writeFile(dir / "cut.stl", cut);
    checkRefused(dir / "cut.stl", "declares 12 triangles, which take 84 + 50 * 12 = 684 bytes, but the file has 674");

    std::string lying = good;
    put(lying, 80, bytesOf(std::uint32_t{1000}));
    writeFile(dir / "lying.stl", lying);
    checkRefused(dir / "lying.stl", "declares 1000 triangles");

    std::string huge = good;
    put(huge, 80, bytesOf(std::uint32_t{0xffffffff}));
    writeFile(dir / "huge.stl", huge);
    checkRefused(dir / "huge.stl", "declares 4294967295 triangles, more than the limit");

    writeFile(dir / "none.stl", std::string(84, '\0'));
    checkRefused(dir / "none.stl", "binary STL has no triangles");

    writeFile(dir / "short.stl", std::string(40, '\0'));
    checkRefused(dir / "short.stl", "too short for a binary STL");

    const std::string ascii = asciiStl(box());
    writeFile(dir / "cut-ascii.stl", ascii.substr(0, ascii.size() / 2));
    checkRefused(dir / "cut-ascii.stl", "ascii STL is truncated");

    writeFile(dir / "random.stl", randomBytes(1000, 1));
    checkRefused(dir / "random.stl", "binary STL declares");

    std::string nan = good;
    put(nan, 84 + 12, bytesOf(std::numeric_limits<float>::quiet_NaN()));
    writeFile(dir / "nan.stl", nan);
    checkRefused(dir / "nan.stl", "not finite (nan");

    std::string inf = good;
    put(inf, 84 + 50 * 5 + 12 + 8, bytesOf(-std::numeric_limits<float>::infinity()));
    writeFile(dir / "inf.stl", inf);
    checkRefused(dir / "inf.stl", "not finite");

    Shape flat;
    flat.points = {{0, 0, 0}, {1, 1, 1}, {2, 2, 2}, {3, 3, 3}};
    flat.faces = {{0, 1, 2}, {1, 2, 3}, {0, 0, 3}};
    writeFile(dir / "flat.stl", binaryStl(flat));
    checkRefused(dir / "flat.stl", "all 3 triangles are degenerate");
}

TEST_CASE("mesh loader refuses bad PLY files") {
    TempDir dir;
    std::string binary = binaryPly(box());
    replaceFirst(binary, "element vertex 8", "element vertex 100000");
    writeFile(dir / "binary.ply", binary);
    checkRefused(dir / "binary.ply", "PLY header declares elements that need at least 1200006 bytes of data, but only 198 bytes follow");

    std::string ascii = asciiPly(box());
    replaceFirst(ascii, "element face 6", "element face 5000");
    writeFile(dir / "ascii.ply", ascii);
    checkRefused(dir / "ascii.ply", "PLY header declares elements that need at least");

    std::string huge = binaryPly(box());
    replaceFirst(huge, "element vertex 8", "element vertex 4000000000");
    writeFile(dir / "huge.ply", huge);
    checkRefused(dir / "huge.ply", "PLY declares 4000000000 vertex elements, more than the limit");

    std::string negative = asciiPly(box());
    replaceFirst(negative, "element vertex 8", "element vertex -8");
    writeFile(dir / "negative.ply", negative);
    checkRefused(dir / "negative.ply", "bad count \"-8\"");

    const std::string good = asciiPly(box());
    writeFile(dir / "header.ply", good.substr(0, good.find("end_header")));
    checkRefused(dir / "header.ply", "no \"end_header\"");

    std::string badIndex = asciiPly(box());
    replaceFirst(badIndex, "4 0 4 6 2", "4 0 4 6 99");
    writeFile(dir / "index.ply", badIndex);
    checkRefused(dir / "index.ply", "mIndices[3] is out of range");

    writeFile(dir / "random.ply", randomBytes(1000, 2));
    checkRefused(dir / "random.ply", "not a PLY file");
}

TEST_CASE("mesh loader refuses bad OBJ and FBX files") {
    TempDir dir;
    writeFile(dir / "random.obj", randomBytes(1000, 3));
    checkRefused(dir / "random.obj", "not a text OBJ file");

    std::string badIndex = obj(box());
    replaceFirst(badIndex, "f 1 5 7 3", "f 1 5 7 99");
    writeFile(dir / "index.obj", badIndex);
    checkRefused(dir / "index.obj", "index out of range");

    writeFile(dir / "points.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\n");
    checkRefused(dir / "points.obj", "cannot be read");

    writeFile(dir / "random.fbx", randomBytes(1000, 4));
    checkRefused(dir / "random.fbx", "neither a binary FBX file");
}

TEST_CASE("mesh loader refuses bad legacy VTK files") {
    TempDir dir;
    std::string ascii = legacyVtkAscii(box());
    replaceFirst(ascii, "POINTS 8 float", "POINTS 1000000 float");
    writeFile(dir / "points.vtk", ascii);
    checkRefused(dir / "points.vtk", "POINTS declares 3000000 numbers, but only 24 follow");

    std::string binary = legacyVtkBinary(box());
    replaceFirst(binary, "POINTS 8 float", "POINTS 1000000 float");
    writeFile(dir / "points-binary.vtk", binary);
    checkRefused(dir / "points-binary.vtk", "POINTS declares 3000000 values (12000000 bytes), but only");

    std::string cells = legacyVtkAscii(box());
    replaceFirst(cells, "POLYGONS 6 30", "POLYGONS 6 3000");
    writeFile(dir / "cells.vtk", cells);
    checkRefused(dir / "cells.vtk", "POLYGONS declares 3000 numbers, but only 30 follow");

    std::string connectivity = legacyVtkBinary(box());
    replaceFirst(connectivity, "POLYGONS 7 24", "POLYGONS 7 2400");
    writeFile(dir / "connectivity.vtk", connectivity);
    checkRefused(dir / "connectivity.vtk", "POLYGONS connectivity declares 2400 values");

    std::string huge = legacyVtkAscii(box());
    replaceFirst(huge, "POINTS 8 float", "POINTS 4000000000 float");
    writeFile(dir / "huge.vtk", huge);
    checkRefused(dir / "huge.vtk", "declares 4000000000 points, more than the limit");

    std::string grid = legacyVtkAscii(box());
    replaceFirst(grid, "DATASET POLYDATA", "DATASET UNSTRUCTURED_GRID");
    writeFile(dir / "grid.vtk", grid);
    checkRefused(dir / "grid.vtk", "holds a UNSTRUCTURED_GRID dataset, not POLYDATA");

    std::string badIndex = legacyVtkAscii(box());
    replaceFirst(badIndex, "4 0 4 6 2", "4 0 4 6 99");
    writeFile(dir / "index.vtk", badIndex);
    checkRefused(dir / "index.vtk", "refers to point 99, but there are only 8 points");

    writeFile(dir / "random.vtk", randomBytes(1000, 5));
    checkRefused(dir / "random.vtk", "not a legacy VTK file");
}

TEST_CASE("mesh loader refuses bad VTP files") {
    TempDir dir;
    std::string points = asciiVtp(box());
    replaceFirst(points, "NumberOfPoints=\"8\"", "NumberOfPoints=\"1000000\"");
    writeFile(dir / "points.vtp", points);
    checkRefused(dir / "points.vtp", "declares 1000000 points, which need at least 6000000 bytes");

    std::string polys = asciiVtp(box());
    replaceFirst(polys, "NumberOfPolys=\"6\"", "NumberOfPolys=\"1000000\"");
    writeFile(dir / "polys.vtp", polys);
    checkRefused(dir / "polys.vtp", "declares 1000000 cells, which need at least");

    // Compressed binary data may hold many points per byte, but not more than zlib can pack.
    std::string compressed = asciiVtp(box());
    replaceFirst(compressed, "byte_order=", "compressor=\"vtkZLibDataCompressor\" byte_order=");
    replaceFirst(compressed, "NumberOfComponents=\"3\" format=\"ascii\"", "NumberOfComponents=\"3\" format=\"binary\"");
    replaceFirst(compressed, "NumberOfPoints=\"8\"", "NumberOfPoints=\"40000000\"");
    writeFile(dir / "compressed.vtp", compressed);
    checkRefused(dir / "compressed.vtp", "declares 40000000 points, which need at least");
    replaceFirst(compressed, "NumberOfPoints=\"40000000\"", "NumberOfPoints=\"60000000\"");
    writeFile(dir / "capped.vtp", compressed);
    checkRefused(dir / "capped.vtp", "declares 60000000 points, more than the limit of 50000000");

    std::string badIndex = asciiVtp(box());
    replaceFirst(badIndex, "0 4 6 2 ", "0 4 6 99 ");
    writeFile(dir / "index.vtp", badIndex);
    checkRefused(dir / "index.vtp", "refers to point 99, but there are only 8 points");

    std::string lines = asciiVtp(box());
    replaceFirst(lines, "NumberOfLines=\"0\"", "NumberOfLines=\"6\"");
    replaceFirst(lines, "NumberOfPolys=\"6\"", "NumberOfPolys=\"0\"");
    replaceFirst(lines, "<Polys>", "<Lines>");
    replaceFirst(lines, "</Polys>", "</Lines>");
    writeFile(dir / "lines.vtp", lines);
    checkRefused(dir / "lines.vtp", "holds no triangles");

    const std::string good = asciiVtp(box());
    writeFile(dir / "cut.vtp", good.substr(0, good.find("</DataArray>") - 20));
    checkRefused(dir / "cut.vtp", "cannot be read");

    std::string grid = asciiVtp(box());
    replaceFirst(grid, "type=\"PolyData\"", "type=\"UnstructuredGrid\"");
    writeFile(dir / "grid.vtp", grid);
    checkRefused(dir / "grid.vtp", "holds \"UnstructuredGrid\", not PolyData");

    writeFile(dir / "random.vtp", randomBytes(1000, 6));
    checkRefused(dir / "random.vtp", "not a VTK XML file");
}

TEST_CASE("mesh loader refuses bad glTF and glb files") {
    TempDir dir;
    const std::string good = glb(box());
    const std::uint32_t jsonLength = static_cast<std::uint32_t>(good[12] & 0xff) | (good[13] & 0xff) << 8;
    const std::size_t binHeader = 20 + jsonLength;

    std::string length = good;
    put(length, 8, bytesOf(static_cast<std::uint32_t>(good.size() + 4)));
    writeFile(dir / "length.glb", length);
    checkRefused(dir / "length.glb", "glb header declares " + std::to_string(good.size() + 4) + " bytes, but the file has");

    std::string json = good;
    put(json, 12, bytesOf(std::uint32_t{0x7ffffff0}));
    writeFile(dir / "json.glb", json);
    checkRefused(dir / "json.glb", "glb chunk at byte 12 declares 2147483632 bytes, but only");

    std::string bin = good;
    put(bin, binHeader, bytesOf(std::uint32_t{100000}));
    writeFile(dir / "bin.glb", bin);
    checkRefused(dir / "bin.glb", "declares 100000 bytes, but only");

    GltfParts buffer = gltfParts(box());
    replaceFirst(buffer.json, "{\"byteLength\":240}", "{\"byteLength\":999}");
    writeFile(dir / "buffer.glb", glbContainer(buffer));
    checkRefused(dir / "buffer.glb", "buffers[0] declares 999 bytes, but its data holds only 240");

    GltfParts accessor = gltfParts(box());
    replaceFirst(accessor.json, "\"count\":36", "\"count\":99999");
    writeFile(dir / "accessor.glb", glbContainer(accessor));
    checkRefused(dir / "accessor.glb", "accessors[1] needs 399996 bytes (99999 elements), but its bufferView 1 holds only 144");

    GltfParts reference = gltfParts(box());
    replaceFirst(reference.json, "\"POSITION\":0", "\"POSITION\":7");
    writeFile(dir / "reference.glb", glbContainer(reference));
    checkRefused(dir / "reference.glb", "refers to accessor 7, but there are only 2");

    writeFile(dir / "cycle.glb", glb(box(), R"([{"mesh":0,"children":[1]},{"children":[0]}])"));
    checkRefused(dir / "cycle.glb", "glTF node");

    writeFile(dir / "random.glb", randomBytes(1000, 7));
    checkRefused(dir / "random.glb", "not a glb file");

    std::string external = gltfWithDataUri(box());
    const std::size_t uri = external.find("data:");
    external.replace(uri, external.find('"', uri) - uri, "box.bin");
    writeFile(dir / "external.gltf", external);
    checkRefused(dir / "external.gltf", "buffers[0] file \"box.bin\" cannot be read");

    writeFile(dir / "random.gltf", randomBytes(1000, 8));
    checkRefused(dir / "random.gltf", "not a text glTF file");

    writeFile(dir / "old.gltf", R"({"asset":{"version":"1.0"}})");
    checkRefused(dir / "old.gltf", "glTF version 1.0 is not supported");

    writeFile(dir / "broken.gltf", R"({"asset":{"version":"2.0"}, "buffers": [)");
    checkRefused(dir / "broken.gltf", "glTF JSON is malformed");
}

TEST_CASE("mesh loader refuses bad files without printing anything") {
    TempDir dir;
    writeFile(dir / "cut.vtp", asciiVtp(box()).substr(0, 400));
    writeFile(dir / "cut.obj", "v 0 0 0\nf 1 2 3\n");
    std::string vtk = legacyVtkAscii(box());
    replaceFirst(vtk, "4 0 4 6 2", "4 0 4 x 2");
    writeFile(dir / "cut.vtk", vtk);

    ConsoleCapture console(dir / "console.txt");
    int refused = 0;
    for (const char* name : {"cut.vtp", "cut.obj", "cut.vtk"}) {
        try {
            loadMeshFile(dir / name);
        } catch (const MeshLoadError&) {
            ++refused;
        }
    }
    const std::string printed = console.stop();
    CHECK(refused == 3);
    CHECK(printed == "");
}
