#include "platform/heap_tuning.h"

#include <cstdlib>  // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace av {

void keepFreedHeapForReuse() {
#if defined(__GLIBC__)
    constexpr int kKeptBytes = 64 << 20;
    mallopt(M_TRIM_THRESHOLD, kKeptBytes);
#endif
}

}  // namespace av
