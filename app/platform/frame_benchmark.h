#pragma once
// `--benchmark-frames N`: the interactive window draws N frames back to back while the camera turns (so every
// frame is real work), then prints the median whole frame, the median 3D-only time and the CPU the whole
// process spent per frame (all threads: a software renderer draws on several) and the level of detail drawn,
// and the window closes.
// bench/run-benchmarks drives it; nothing is asserted.
#include <vector>

namespace av {

class FrameBenchmark {
public:
    explicit FrameBenchmark(int frames) : frames_(frames) {}
    bool active() const { return frames_ > 0; }
    // Records one frame; true once all frames are in (the results are printed then).
    bool record(double frameMs, double renderMs, bool lowDetail);

private:
    int frames_;
    std::vector<double> frame_, render_;
    double cpuAtStart_ = 0;  // process CPU seconds (every thread, llvmpipe's included) after the warm-up
};

}  // namespace av
