#pragma once
// Keeps the memory a frame frees for the next frame, instead of handing it back to the system.

namespace av {

// Mesa's software renderer (llvmpipe) mallocs its binning blocks afresh every frame and frees them after.
// glibc then trims the top of the heap (anything over 128 KiB by default), so every frame grew the heap again
// and the kernel zeroed the new pages: about 7 ms of a 34 ms frame at 1280x800 (issue 8's benchmark). Keeping
// up to 64 MiB of freed heap removes that churn. No-op where the C library is not glibc.
void keepFreedHeapForReuse();

}  // namespace av
