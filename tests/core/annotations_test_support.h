#pragma once
// Shared by the annotation tests: the atlas structure ids the content must cover, and where the shipped
// content lives.
#include "core/annotations/known_ids.h"
#include "core/atlas/manifest.h"
#include "core/diagnostics.h"

#include <filesystem>
#include <sstream>
#include <string>

namespace av::test {

// Every structure of the shipped atlas (meshes/atlas.json); each needs a text.
inline const IdSet& atlasStructureIds() {
    static const IdSet ids = [] {
        Diagnostics diagnostics;
        IdSet read;
        for (const auto& spec : readManifest(std::filesystem::path(AV_SOURCE_DIR) / "meshes" / "atlas.json", diagnostics).structures)
            read.insert(spec.id);
        return read;
    }();
    return ids;
}

inline std::filesystem::path annotationsFolder() { return std::filesystem::path(AV_SOURCE_DIR) / "annotations"; }

// All messages, one per line, so a failing CHECK shows what was reported.
inline std::string describe(const Diagnostics& diagnostics) {
    std::ostringstream text;
    for (const auto& message : diagnostics.errors) text << "error: " << message << '\n';
    for (const auto& message : diagnostics.warnings) text << "warning: " << message << '\n';
    return text.str();
}

// True when some error or warning contains `fragment`.
inline bool reported(const Diagnostics& diagnostics, const std::string& fragment) {
    for (const auto* list : {&diagnostics.errors, &diagnostics.warnings})
        for (const auto& message : *list)
            if (message.find(fragment) != std::string::npos) return true;
    return false;
}

}  // namespace av::test
