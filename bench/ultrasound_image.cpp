// One simulated ultrasound image as the viewer makes it while the probe moves: the shipped atlas at the
// neutral (prone) pose, a probe preset seated on the skin, 256 scanlines x 512 samples, one thread.
// Prints the time to build the posed meshes' BVHs (once per pose, excluded from the image time) and the
// median image time. Options also make it a developer's look at the image (--pgm writes it; keep such
// files out of git) with the centre line and the needle report.
// Usage: bench-ultrasound [--atlas PATH] [--preset ID] [--needle-preset ID] [--runs N] [--pgm FILE]
//                         [--tilt DEG] [--slide MM] [--frequency MHZ] [--depth CM] [--gain DB]
//                         [--type linear|curvilinear] [--pathology IDS] [--hip-flexion DEG]
#include "core/atlas/atlas.h"
#include "core/pathology/pathology_overlay.h"
#include "core/resources.h"
#include "core/scene/posed_scene.h"
#include "core/ultrasound/bmode_image.h"
#include "core/ultrasound/instrument_presets.h"
#include "core/ultrasound/needle_report.h"
#include "core/ultrasound/ultrasound_report.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <time.h>

namespace {

// This thread's CPU time: on a machine shared with other work, the wall clock overstates the cost.
double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec * 1e-6;
}

double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

void writePgm(const av::UltrasoundImage& image, const std::string& path) {
    std::ofstream out(path, std::ios::binary);
    out << "P5\n" << image.columns << " " << image.rows << "\n255\n";
    out.write(reinterpret_cast<const char*>(image.pixels.data()), std::streamsize(image.pixels.size()));
}

}  // namespace

int main(int argc, char** argv) {
    std::string atlasPath, presetId = "ischial_tuberosity_transverse", needleId, pgm, type, pathologyText;
    int runs = 30;
    double tilt = 0, slide = 0, frequency = 0, depth = 0, gain = 0, hipFlexion = 0;
    bool tiltSet = false, gainSet = false;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i], value = argv[i + 1];
        if (key == "--atlas") atlasPath = value;
        else if (key == "--preset") presetId = value;
        else if (key == "--needle-preset") needleId = value;
        else if (key == "--runs") runs = std::max(1, std::atoi(value.c_str()));
        else if (key == "--pgm") pgm = value;
        else if (key == "--tilt") tilt = std::atof(value.c_str()), tiltSet = true;
        else if (key == "--slide") slide = std::atof(value.c_str());
        else if (key == "--frequency") frequency = std::atof(value.c_str());
        else if (key == "--depth") depth = std::atof(value.c_str());
        else if (key == "--gain") gain = std::atof(value.c_str()), gainSet = true;
        else if (key == "--type") type = value;
        else if (key == "--pathology") pathologyText = value;
        else if (key == "--hip-flexion") hipFlexion = std::atof(value.c_str());
        else {
            std::fprintf(stderr, "unknown option %s\n", key.c_str());
            return 2;
        }
    }
    if (atlasPath.empty()) atlasPath = av::defaultAtlasPath().value_or("meshes/atlas.json").string();
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(atlasPath, diagnostics, false);
    const auto materials = av::loadDefaultAcousticMaterials(diagnostics);
    const auto presets = av::loadDefaultInstrumentPresets(diagnostics);
    av::printDiagnostics(diagnostics);
    if (!materials || !presets || !presets->probe(presetId)) {
        std::fprintf(stderr, "cannot load the materials, the presets or the probe preset %s\n", presetId.c_str());
        return 1;
    }
    av::PosedScene scene(atlas);
    av::Pose pose;
    pose.hip_flexion_deg = hipFlexion;
    scene.update(pose, 0.0, false);

    auto start = std::chrono::steady_clock::now();
    std::size_t triangles = 0;
    for (std::size_t i = 0; i < atlas.structures().size(); ++i)
        if (!atlas.structures()[i].mesh.triangles.empty()) triangles += scene.bvh(i).empty() ? 0 : scene.mesh(i).triangles.size();
    std::printf("posed meshes and BVHs of every structure (%zu triangles): %.1f ms, once per pose\n", triangles,
                millisecondsSince(start));

    av::ProbePreset preset = *presets->probe(presetId);
    if (tiltSet) preset.tiltDeg = tilt;
    if (!type.empty()) preset.type = av::parseProbeType(type).value_or(preset.type);
    auto seated = av::seatProbePreset(scene, preset);
    if (!seated) {
        std::fprintf(stderr, "no skin to seat the probe on\n");
        return 1;
    }
    av::Probe probe = seated->probe;
    probe.position += probe.axis * (slide * 1e-3);
    av::UltrasoundSettings settings = preset.settings();
    if (frequency > 0) settings.frequencyMhz = frequency;
    if (depth > 0) settings.depthCm = depth;
    if (gainSet) settings.gainDb = gain;
    settings.columns = 256;
    settings.rows = 512;
    settings.scanlines = 256;

    std::unique_ptr<av::PathologyOverlay> overlay;
    if (!pathologyText.empty()) {
        std::string error;
        const auto set = av::parsePathologyList(pathologyText, "--pathology", error);
        if (!set) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return 2;
        }
        overlay = std::make_unique<av::PathologyOverlay>(scene, *set);
    }
    av::UltrasoundInput input{scene, *materials, {}, overlay.get(), std::nullopt};
    std::optional<av::NeedlePlan> plan;
    if (!needleId.empty()) {
        const av::NeedlePreset* needle = presets->needle(needleId);
        const auto placed = needle ? av::seatNeedlePreset(scene, *needle) : std::nullopt;
        if (!placed) {
            std::fprintf(stderr, "cannot place the needle preset %s\n", needleId.c_str());
            return 1;
        }
        input.needle = placed->needle;
        plan = av::planNeedle(scene, placed->needle, probe, settings, {}, overlay.get());
    }

    std::vector<double> times, cpu;
    av::UltrasoundImage image;
    for (int run = 0; run < runs; ++run) {
        start = std::chrono::steady_clock::now();
        const double cpuStart = threadCpuMs();
        image = av::simulateBMode(input, probe, settings);
        cpu.push_back(threadCpuMs() - cpuStart);
        times.push_back(millisecondsSince(start));
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("ultrasound image, %s %s, %d scanlines x %d samples -> %d x %d pixels: median %.2f ms wall, "
                "%.2f ms CPU (fastest %.2f ms CPU), 90th percentile %.2f ms wall, over %d images (one thread)\n",
                presetId.c_str(), av::probeTypeName(probe.type), settings.scanlines, settings.rows, image.columns,
                image.rows, times[times.size() / 2], cpu[cpu.size() / 2], cpu.front(), times[times.size() * 9 / 10], runs);
    std::printf("probe seated: gap %.3f mm, moved %.1f mm, position %.4f %.4f %.4f, normal %.3f %.3f %.3f, axis %.3f %.3f %.3f\n",
                seated->skinGapMm, seated->movedMm, probe.position.x(), probe.position.y(), probe.position.z(),
                probe.normal.x(), probe.normal.y(), probe.normal.z(), probe.axis.x(), probe.axis.y(), probe.axis.z());
    std::printf("%s\n", av::ultrasoundReportJson(image).dump().c_str());
    if (plan) std::printf("%s\n", av::needleReportJson(*plan).dump().c_str());
    if (!pgm.empty()) writePgm(image, pgm);
    return 0;
}
