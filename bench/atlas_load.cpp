// Loading a large atlas: 2,000 small structures (one STL file each, made in a temporary folder) read on
// the loader's bounded pool of threads. Prints the median load time of a few runs and the most threads
// the process had while loading (one thread per structure peaked at 251).
// Usage: bench-atlas-load [--structures N] [--runs N]
#include "core/atlas/atlas.h"
#include "core/parallel_for.h"
#include "synthetic_atlas.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <thread>

namespace {

int threadsInProcess() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("Threads:", 0) == 0) return std::stoi(line.substr(8));
    return -1;
}

}  // namespace

int main(int argc, char** argv) {
    int structures = 2000, runs = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--structures")) structures = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--runs")) runs = std::atoi(argv[i + 1]);
    }
    const auto folder = std::filesystem::temp_directory_path() / ("av-bench-load-" + std::to_string(std::random_device()()));
    const auto manifest = av::test::writeSyntheticAtlas(folder, structures);
    std::vector<double> seconds;
    std::atomic<bool> loading{true};
    std::atomic<int> peak{0};
    std::thread sampler([&] {
        while (loading) {
            peak = std::max(peak.load(), threadsInProcess());
            std::this_thread::sleep_for(std::chrono::microseconds(500));
        }
    });
    for (int run = 0; run < runs; ++run) {
        av::Diagnostics diagnostics;
        const auto start = std::chrono::steady_clock::now();
        const av::Atlas atlas = av::loadAtlas(manifest, diagnostics);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        if (atlas.structures().size() != std::size_t(structures)) std::printf("only %zu structures loaded\n", atlas.structures().size());
    }
    loading = false;
    sampler.join();
    std::filesystem::remove_all(folder);
    std::sort(seconds.begin(), seconds.end());
    std::printf("atlas load, %d structures on %u loader threads: median %.3f s over %d runs; peak %d threads in the "
                "process (sampler included)\n",
                structures, av::loaderThreadCount(), seconds[seconds.size() / 2], runs, peak.load());
}
