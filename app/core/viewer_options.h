#pragma once
// What the command line asks of the viewer, as plain data: main parses it, the platform layer acts on it.
#include "core/instruments/instruments.h"
#include "core/motion/pose.h"
#include "core/pathology/pathology.h"

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace av {

enum class Detail { Auto, Full, Low };

struct ViewerOptions {
    std::filesystem::path atlas;  // manifest to load
    std::filesystem::path output;  // headless: write one image here and exit
    int width = 1280, height = 800;
    std::string view = "posterior";
    std::string select;             // structure id to select (highlighted, shown through what covers it)
    std::vector<std::string> hide;  // structure ids to hide
    bool ui = false;                // headless image includes the panels
    bool presenter = false;         // the 3D view full-window with the tour text as a large caption
    Detail detail = Detail::Auto;   // Auto: low detail on a software renderer, interactively
    int benchmarkFrames = 0;        // interactive: draw this many frames back to back, print their times, exit

    // Motion. Degrees (hip flexion +, extension -; adduction +; internal rotation +; knee flexion +,
    // 0 = straight), activation 0..1, seconds.
    Pose pose;
    double activation = 0.0;
    std::string animation;  // an animation id; its pose at `time` replaces `pose` and `activation`
    double time = 0.0;
    std::optional<bool> strain;  // strain colours; unset: on when a pose, activation or animation is given
    bool motionGiven = false;    // any pose, activation or animation option was given

    // Explanations.
    std::string annotation;  // open this text (its structures are highlighted)
    std::string tour;        // run this tour ...
    int step = 1;            // ... at this step (1-based)
    bool xray = false;       // see through everything but the selection and highlights
    bool labels = false;     // 3D labels with leader lines

    // The ultrasound (docs/ultrasound.md), applied after a tour step so that they win over its own. Points
    // in metres, atlas frame.
    std::filesystem::path ultrasoundOutput;  // write the ultrasound image alone here (no display needed)
    std::string probePreset;                 // a probe preset id, or ...
    std::optional<std::array<double, 3>> probePoint, probeAxis;  // ... a point projected onto the skin, an in-plane direction
    std::optional<ProbeType> probeType;
    std::optional<double> depthCm, frequencyMhz, gainDb;
    std::string needlePreset;                // a needle preset id, or ...
    std::optional<std::array<double, 3>> needleEntry, needleTip;  // ... an entry and a tip
    std::optional<PathologySet> pathology;
};

}  // namespace av
