#pragma once
// What main loads before any window exists: the atlas, the explanations, and what went wrong loading them.
#include "core/annotations/content.h"
#include "core/atlas/atlas.h"
#include "core/diagnostics.h"

namespace av {

struct Loaded {
    const Atlas& atlas;
    const Content& content;
    const Diagnostics& diagnostics;
};

}  // namespace av
