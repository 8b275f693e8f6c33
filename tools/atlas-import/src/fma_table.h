#pragma once
// Which BodyParts3D files (named by their FMA id, e.g. FMA22448.stl) are structures of our atlas, and what
// each is when the reference atlas does not have it: our id, a display name, kind, side, segment, the
// segments it spans, and the annotation it links to.
#include "core/atlas/structure_spec.h"

#include <string>
#include <vector>

namespace atlasimport {

struct FmaEntry {
    std::string fma;         // "FMA22448"
    std::string id;          // "semimembranosus"
    std::string name;        // used when the reference atlas has no such structure
    av::StructureKind kind;
    av::Side side;
    std::string segment;
    std::vector<std::string> spans;
    std::string annotation;  // the text a left-side copy shares with its right side; empty: its own id
};

// Every FMA id we know, in the order the imported manifest lists them (bones first).
const std::vector<FmaEntry>& fmaTable();

// The entry for an FMA id ("FMA22448", any case), or nullptr.
const FmaEntry* findFma(const std::string& fma);

}  // namespace atlasimport
