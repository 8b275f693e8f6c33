#pragma once
// A large atlas made on the spot: many small closed meshes (a UV sphere each, as OBJ files) and the
// manifest naming them. For the tests and the benchmark of loading with thousands of structures.
#include "core/atlas/manifest_writer.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

namespace av::test {

// A UV sphere of radius 1 cm: rings x segments quads, about 2 * rings * segments triangles.
inline std::string sphereObj(int rings = 10, int segments = 16) {
    std::string text;
    const double pi = 3.14159265358979323846, radius = 0.01;
    for (int r = 0; r <= rings; ++r)
        for (int s = 0; s < segments; ++s) {
            const double theta = pi * r / rings, phi = 2 * pi * s / segments;
            text += "v " + std::to_string(radius * std::sin(theta) * std::cos(phi)) + " " +
                    std::to_string(radius * std::cos(theta)) + " " +
                    std::to_string(radius * std::sin(theta) * std::sin(phi)) + "\n";
        }
    auto vertex = [&](int r, int s) { return std::to_string(r * segments + (s % segments) + 1); };
    for (int r = 0; r < rings; ++r)
        for (int s = 0; s < segments; ++s)
            text += "f " + vertex(r, s) + " " + vertex(r, s + 1) + " " + vertex(r + 1, s + 1) + " " + vertex(r + 1, s) + "\n";
    return text;
}

// Writes `count` structures (one mesh file each, laid out on a grid) and their manifest into folder;
// returns the manifest's path.
inline std::filesystem::path writeSyntheticAtlas(const std::filesystem::path& folder, int count) {
    std::filesystem::create_directories(folder / "parts");
    const std::string sphere = sphereObj();
    Manifest manifest;
    manifest.name = "Synthetic atlas of " + std::to_string(count) + " structures";
    for (int i = 0; i < count; ++i) {
        StructureSpec spec;
        spec.id = "part_" + std::to_string(i);
        spec.name = "Part " + std::to_string(i);
        spec.kind = StructureKind::Muscle;
        spec.segment = "pelvis";
        spec.mesh = "parts/" + spec.id + ".obj";
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
