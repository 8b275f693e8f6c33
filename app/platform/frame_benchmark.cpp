#include "platform/frame_benchmark.h"

#include <algorithm>
#include <cstdio>

namespace av {
namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

}  // namespace

bool FrameBenchmark::record(double frameMs, double renderMs) {
    if (!active()) return false;
    // The first frames pay for shaders and buffers; they are not what a user waits for while turning.
    constexpr std::size_t kWarmUp = 5;
    frame_.push_back(frameMs);
    render_.push_back(renderMs);
    if (frame_.size() < std::size_t(frames_) + kWarmUp) return false;
    frame_.erase(frame_.begin(), frame_.begin() + kWarmUp);
    render_.erase(render_.begin(), render_.begin() + kWarmUp);
    std::printf("interactive window: median frame %.1f ms, of which 3D %.1f ms, over %d frames\n", median(frame_),
                median(render_), frames_);
    std::fflush(stdout);
    return true;
}

}  // namespace av
