#pragma once
// A large atlas made on the spot: many small closed meshes (a UV sphere each, as STL files) and the
// manifest naming them. For the tests and the benchmark of loading with thousands of structures.
#include "core/atlas/manifest_writer.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace av::test {

// A UV sphere of radius 1 cm as binary STL, 2 * rings * segments triangles (those at the poles degenerate
// to points, which the loader drops). Binary STL: Assimp's OBJ reader clears megabytes of buffer per file,
// which would measure Assimp rather than our loading.
inline std::string sphereStl(int rings = 10, int segments = 16) {
    const double pi = 3.14159265358979323846, radius = 0.01;
    auto point = [&](int r, int s) {
        const double theta = pi * r / rings, phi = 2 * pi * (s % segments) / segments;
        return std::array<float, 3>{float(radius * std::sin(theta) * std::cos(phi)), float(radius * std::cos(theta)),
                                    float(radius * std::sin(theta) * std::sin(phi))};
    };
    std::string bytes(80, '\0');
    const std::uint32_t count = 2u * rings * segments;
    bytes.append(reinterpret_cast<const char*>(&count), 4);
    auto triangle = [&](const std::array<float, 3>& a, const std::array<float, 3>& b, const std::array<float, 3>& c) {
        const float normal[3] = {0, 0, 0};  // readers compute their own
        bytes.append(reinterpret_cast<const char*>(normal), 12);
        for (const auto* corner : {&a, &b, &c}) bytes.append(reinterpret_cast<const char*>(corner->data()), 12);
        bytes.append(2, '\0');
    };
    for (int r = 0; r < rings; ++r)
        for (int s = 0; s < segments; ++s) {
            triangle(point(r, s), point(r, s + 1), point(r + 1, s + 1));
            triangle(point(r, s), point(r + 1, s + 1), point(r + 1, s));
        }
    return bytes;
}

// Writes `count` structures (one mesh file each, laid out on a grid) and their manifest into folder;
// returns the manifest's path.
inline std::filesystem::path writeSyntheticAtlas(const std::filesystem::path& folder, int count) {
    std::filesystem::create_directories(folder / "parts");
    const std::string sphere = sphereStl();
    Manifest manifest;
    manifest.name = "Synthetic atlas of " + std::to_string(count) + " structures";
    for (int i = 0; i < count; ++i) {
        StructureSpec spec;
        spec.id = "part_" + std::to_string(i);
        spec.name = "Part " + std::to_string(i);
        spec.kind = StructureKind::Muscle;
        spec.segment = "pelvis";
        spec.mesh = "parts/" + spec.id + ".stl";
        spec.annotation = spec.id;
        spec.transform(0, 3) = 0.03 * (i % 40);
        spec.transform(1, 3) = 0.03 * (i / 40);
        std::ofstream(folder / spec.mesh, std::ios::binary) << sphere;
        manifest.structures.push_back(std::move(spec));
    }
    const auto path = folder / "atlas.json";
    writeManifest(manifest, path);
    return path;
}

}  // namespace av::test
