// One pose update as the viewer does it each animation frame: kinematics, the four hamstring
// muscle-tendon models at static equilibrium, and the deformation of the meshes that move with the pose.
// Single thread. Median over a sweep of poses, at full and low detail; first for the muscles and tendons
// (the meshes that follow the muscle paths, which the budget names), then for every structure (with the
// gluteal muscles, nerve and skin blended across the hip).
// Usage: bench-pose [--atlas PATH] [--poses N]
#include "core/atlas/atlas.h"
#include "core/atlas/atlas_poser.h"
#include "core/motion/muscle_state.h"
#include "core/resources.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>

namespace {

void measure(const av::Atlas& atlas, const char* title, int poses) {
    std::printf("%s:\n", title);
    av::AtlasPoser poser(atlas);
    for (bool low : {false, true}) {
        std::size_t vertices = 0;
        poser.update(av::Pose{}, low);
        for (const auto& posed : poser.posed()) vertices += posed.deformed ? posed.positions.size() : 0;
        // The sweep twice: the bone collider works out the space near the bones once, the first time tissue
        // comes there (an animation's first loop), then only looks it up.
        for (const char* pass : {"first sweep", "again"}) {
            std::vector<double> times;
            for (int i = 0; i < poses; ++i) {
                av::Pose pose;
                pose.hip_flexion_deg = -30 + 150.0 * i / poses;
                pose.knee_flexion_deg = 120.0 * ((i * 7) % poses) / poses;
                const auto start = std::chrono::steady_clock::now();
                const auto muscles = av::muscleStates(pose, 0.5);
                poser.update(pose, low);
                times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
                if (muscles.size() != 4) std::printf("unexpected muscle count\n");
            }
            std::sort(times.begin(), times.end());
            std::printf("  pose update, %-4s detail, %-11s: %zu deformed vertices, median %.3f ms, 90th percentile %.3f ms over %d poses\n",
                        low ? "low" : "full", pass, vertices, times[times.size() / 2], times[times.size() * 9 / 10], poses);
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    std::string atlasPath;
    int poses = 200;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--atlas")) atlasPath = argv[i + 1];
        else if (!std::strcmp(argv[i], "--poses")) poses = std::max(1, std::atoi(argv[i + 1]));
    }
    if (atlasPath.empty()) atlasPath = av::defaultAtlasPath().value_or("meshes/atlas.json").string();
    av::Diagnostics diagnostics;
    const av::Atlas everything = av::loadAtlas(atlasPath, diagnostics);
    std::vector<av::Structure> pathBound;
    for (const auto& structure : everything.structures())
        if (!structure.spec.muscle.empty()) pathBound.push_back(structure);
    measure(av::Atlas("muscles and tendons", std::move(pathBound)), "muscles and tendons", poses);
    measure(everything, "every structure", poses);
    return 0;
}
