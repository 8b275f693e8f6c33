#pragma once
// A bounded pool for independent jobs (reading mesh files): a few worker threads take the next index until
// none is left, so an atlas of thousands of structures never starts thousands of threads.
#include <cstddef>
#include <functional>

namespace av {

// Worker threads for loading: the hardware's threads, at least 1 and at most 8 (reading files and
// parsing gains little beyond that, and the process stays well under its thread budget).
unsigned loaderThreadCount();

// Calls job(i) for every i in [0, count), on at most `threads` threads (the caller waits for all). The
// first exception a job throws is rethrown here after the others finished.
void parallelFor(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& job);

}  // namespace av
