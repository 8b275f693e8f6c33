#pragma once
// Shared by the ultrasound tests: the shipped atlas (meshes/atlas.json, full detail) posed once, the shipped
// materials and presets, and reading an image back in the body's terms (which structure a pixel shows).
// Set AV_ULTRASOUND_PGM=<folder> to have tests write the images they check as PGM files, to look at them
// while developing (never committed).
#include "core/atlas/atlas.h"
#include "core/scene/posed_scene.h"
#include "core/ultrasound/bmode_image.h"
#include "core/ultrasound/instrument_presets.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

namespace ustest {

inline const av::Atlas& atlas() {
    static const av::Atlas loaded = [] {
        av::Diagnostics diagnostics;
        return av::loadAtlas(std::filesystem::path(AV_SOURCE_DIR) / "meshes" / "atlas.json", diagnostics, false);
    }();
    return loaded;
}

// The atlas posed at the neutral pose (prone): its meshes and BVHs are built once for all tests.
inline av::PosedScene& neutralScene() {
    static av::PosedScene scene(atlas());
    return scene;
}

inline const av::AcousticMaterials& materials() {
    static const av::AcousticMaterials loaded = [] {
        av::Diagnostics diagnostics;
        auto m = av::loadAcousticMaterials(std::filesystem::path(AV_SOURCE_DIR) / "data/ultrasound/materials.json",
                                           diagnostics);
        REQUIRE(m);
        return *m;
    }();
    return loaded;
}

inline const av::InstrumentPresets& presets() {
    static const av::InstrumentPresets loaded = [] {
        av::Diagnostics diagnostics;
        auto p = av::loadInstrumentPresets(std::filesystem::path(AV_SOURCE_DIR) / "data/ultrasound/presets.json",
                                           diagnostics);
        REQUIRE(p);
        return *p;
    }();
    return loaded;
}

inline std::size_t indexOf(const std::string& id) {
    const auto index = atlas().indexOf(id);
    REQUIRE_MESSAGE(index, "the shipped atlas has no " << id);
    return *index;
}

// A probe preset seated on the neutral scene, and its settings.
inline av::Probe seatedPreset(const std::string& id) {
    const av::ProbePreset* preset = presets().probe(id);
    REQUIRE(preset);
    const auto seated = av::seatProbePreset(neutralScene(), *preset);
    REQUIRE(seated);
    return seated->probe;
}

inline av::UltrasoundSettings presetSettings(const std::string& id) { return presets().probe(id)->settings(); }

inline av::UltrasoundImage image(const av::Probe& probe, const av::UltrasoundSettings& settings,
                                 const av::PathologyOverlay* pathology = nullptr,
                                 std::optional<av::Needle> needle = std::nullopt) {
    const av::UltrasoundInput input{neutralScene(), materials(), {}, pathology, needle};
    return av::simulateBMode(input, probe, settings);
}

inline void dumpPgm(const av::UltrasoundImage& image, const std::string& name) {
    const char* folder = std::getenv("AV_ULTRASOUND_PGM");
    if (!folder) return;
    std::ofstream out(std::filesystem::path(folder) / (name + ".pgm"), std::ios::binary);
    out << "P5\n" << image.columns << " " << image.rows << "\n255\n";
    out.write(reinterpret_cast<const char*>(image.pixels.data()), std::streamsize(image.pixels.size()));
}

// Mean brightness of the image's pixels whose centre (in the body) passes `keep`; counts them in `count`.
inline double meanWhere(const av::UltrasoundImage& image, const av::Probe& probe, const av::UltrasoundSettings& settings,
                        const std::function<bool(const Eigen::Vector3d&, double xMm, double yMm)>& keep, int& count) {
    const av::ScanGeometry geometry(av::orthonormalised(probe), settings);
    double sum = 0;
    count = 0;
    for (int r = 0; r < image.rows; ++r)
        for (int c = 0; c < image.columns; ++c) {
            const double x = ((c + 0.5) / image.columns - 0.5) * image.widthMm;
            const double y = (r + 0.5) / image.rows * image.depthMm;
            double line = 0, depth = 0;
            if (!geometry.toScan(x, y, line, depth)) continue;
            if (!keep(geometry.toWorld(x, y), x, y)) continue;
            sum += image.at(c, r);
            ++count;
        }
    return count ? sum / count : 0.0;
}

// Inside a structure by at least `marginMm` (the echoes of its surface blur a little way in).
inline bool deepInside(std::size_t index, const Eigen::Vector3d& p, double marginMm) {
    const av::TriangleBvh& bvh = neutralScene().bvh(index);
    if (!bvh.contains(p)) return false;
    const auto near = bvh.nearest(p, marginMm * 1e-3);
    return !near;
}

}  // namespace ustest
