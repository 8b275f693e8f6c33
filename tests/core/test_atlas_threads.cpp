// Loading a large atlas on a bounded pool: 2,000 structures load with at most 24 threads in the process
// (one thread per structure peaked at 251). The thread count is read from /proc/self/status while
// loading runs.
#include "core/atlas/atlas.h"
#include "core/parallel_for.h"
#include "synthetic_atlas.h"
#include "temp_folder.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

namespace {

int threadsInProcess() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("Threads:", 0) == 0) return std::stoi(line.substr(8));
    return -1;
}

// Samples the process's thread count on its own thread (counted too) until destroyed.
class ThreadPeak {
public:
    ThreadPeak() : sampler_([this] {
        while (!stop_) {
            peak_ = std::max(peak_.load(), threadsInProcess());
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
    }) {}
    ~ThreadPeak() { finish(); }
    int finish() {
        stop_ = true;
        if (sampler_.joinable()) sampler_.join();
        return peak_;
    }

private:
    std::atomic<bool> stop_{false};
    std::atomic<int> peak_{0};
    std::thread sampler_;
};

}  // namespace

TEST_CASE("atlas: 2,000 structures load with at most 24 threads in the process") {
    REQUIRE(threadsInProcess() >= 1);
    av::test::TempFolder folder;
    const auto manifest = av::test::writeSyntheticAtlas(folder.path(), 2000);
    av::Diagnostics diagnostics;
    ThreadPeak peak;
    const av::Atlas atlas = av::loadAtlas(manifest, diagnostics);
    const int peakThreads = peak.finish();
    MESSAGE("peak threads while loading 2,000 structures: " << peakThreads);
    CHECK(diagnostics.errors.empty());
    REQUIRE(atlas.structures().size() == 2000);
    CHECK(atlas.structures()[1999].spec.id == "part_1999");
    CHECK(atlas.triangleCount(1999) > 100);
    CHECK(peakThreads >= 2);  // the sampler saw at least itself and this thread
    CHECK(peakThreads <= 24);
}

TEST_CASE("parallel for: every index once, on at most the threads asked for; a job's exception reaches the caller") {
    std::mutex mutex;
    std::multiset<std::size_t> seen;
    std::set<std::thread::id> threads;
    av::parallelFor(500, 3, [&](std::size_t i) {
        std::this_thread::sleep_for(std::chrono::microseconds(50));
        const std::lock_guard<std::mutex> lock(mutex);
        seen.insert(i);
        threads.insert(std::this_thread::get_id());
    });
    CHECK(seen.size() == 500);
    CHECK(std::set<std::size_t>(seen.begin(), seen.end()).size() == 500);
    CHECK(threads.size() <= 3);
    CHECK(threads.count(std::this_thread::get_id()) == 1);  // the caller works too

    std::atomic<int> ran{0};
    CHECK_THROWS_WITH_AS(av::parallelFor(50, 4,
                                         [&](std::size_t i) {
                                             ++ran;
                                             if (i == 7) throw std::runtime_error("job 7 failed");
                                         }),
                         "job 7 failed", std::runtime_error);
    CHECK(ran == 50);  // the others still ran
    av::parallelFor(0, 4, [](std::size_t) { FAIL("no job for an empty range"); });
    CHECK(av::loaderThreadCount() >= 1);
    CHECK(av::loaderThreadCount() <= 8);
}
