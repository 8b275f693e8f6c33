#pragma once
// The licence and credit written beside an imported BodyParts3D atlas (ShareAlike: whoever shares the
// folder, or anything made from it, must keep them).
#include <string>

namespace atlasimport {

// ATTRIBUTION.md: the credit line, the licence with its address, and what the import changed.
std::string attributionText(double scale);

}  // namespace atlasimport
