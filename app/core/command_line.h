#pragma once
// The command line (f3d-like: every visual feature reachable headless). Parsing is separate from
// acting so that tests can check it without a window.
#include "core/viewer_options.h"

#include <string>
#include <vector>

namespace av {

struct CommandLine {
    ViewerOptions viewer;
    bool atlasGiven = false;
    bool listStructures = false;
    bool listAnimations = false;
    bool listAnnotations = false;
    bool listTours = false;
    std::string report;               // muscles, scene, instruments, exercises, ultrasound, needle: print it and exit
    std::filesystem::path exportScene;   // write the posed, visible structures as one glTF 2.0 binary (.glb)
    std::filesystem::path exportFrames;  // write frame_0001.png ... of --animation into this folder
    int fps = 24;
    std::filesystem::path handout;         // write a patient handout (PDF) of the tour and texts below, and exit
    std::vector<std::string> annotations;  // every --annotation, in order; the viewer opens the first
    bool json = false;
    bool help = false;
    bool version = false;
    std::string helpText;
};

// Throws CommandLineError with a message fit for the user (unknown option with a did-you-mean, bad
// value) for any mistake.
struct CommandLineError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

CommandLine parseCommandLine(const std::vector<std::string>& arguments);

}  // namespace av
