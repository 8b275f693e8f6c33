#include "platform/frame_benchmark.h"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace av {
namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

double processCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return double(t.tv_sec) + t.tv_usec * 1e-6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

}  // namespace

bool FrameBenchmark::record(double frameMs, double renderMs, bool lowDetail) {
    if (!active()) return false;
    // The first frames pay for shaders and buffers; they are not what a user waits for while turning.
    constexpr std::size_t kWarmUp = 5;
    frame_.push_back(frameMs);
    render_.push_back(renderMs);
    if (frame_.size() == kWarmUp) cpuAtStart_ = processCpuSeconds();
    if (frame_.size() < std::size_t(frames_) + kWarmUp) return false;
    const double cpuMs = (processCpuSeconds() - cpuAtStart_) * 1000.0 / frames_;
    frame_.erase(frame_.begin(), frame_.begin() + kWarmUp);
    render_.erase(render_.begin(), render_.begin() + kWarmUp);
    std::printf("interactive window: median frame %.1f ms, of which 3D %.1f ms; CPU %.1f ms a frame (all threads); "
                "over %d frames at %s detail\n",
                median(frame_), median(render_), cpuMs, frames_, lowDetail ? "low" : "full");
    std::fflush(stdout);
    return true;
}

}  // namespace av
