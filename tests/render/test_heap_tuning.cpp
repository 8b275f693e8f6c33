// The interactive loop keeps freed heap for the next frame (platform/heap_tuning.h): on llvmpipe, handing it
// back to the system cost about 7 ms of every frame. Measured as glibc reports it: after the blocks a frame
// frees, the releasable top of the heap stays with the process.
#include "platform/heap_tuning.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>

TEST_CASE("freed frame-sized blocks stay in the heap for the next frame") {
    av::keepFreedHeapForReuse();
    // llvmpipe's binning blocks are 64 KiB each, under glibc's mmap threshold: they come from the heap's top.
    constexpr std::size_t kBlock = 64 << 10, kBlocks = 256;  // 16 MiB, as a busy frame uses
    std::vector<void*> blocks;
    for (std::size_t i = 0; i < kBlocks; ++i) blocks.push_back(std::malloc(kBlock));
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) std::free(*it);
    // keepcost: the free space at the top of the heap that a trim would have returned. Some blocks may fill
    // holes the process freed earlier, so at least half of them end on the top; trimmed, about 128 KiB would.
    CHECK(mallinfo2().keepcost >= kBlock * kBlocks / 2);
}
#endif
