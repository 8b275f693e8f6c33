#include "core/diagnostics.h"

#include <iostream>

namespace av {

void printDiagnostics(const Diagnostics& diagnostics) {
    for (const auto& message : diagnostics.errors) std::cerr << "error: " << message << '\n';
    for (const auto& message : diagnostics.warnings) std::cerr << "warning: " << message << '\n';
}

}  // namespace av
