#pragma once
// The shipped atlas and explanations, for tests that drive a ViewerModel as the app does. With meshes, the
// posed skin and bones are real (instruments, strain, painting); without, only ids and specs (fast).
#include "core/annotations/content.h"
#include "core/atlas/atlas.h"
#include "core/atlas/manifest.h"
#include "core/scene/viewer_model.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <memory>

namespace av::test {

struct Shipped {
    Atlas atlas;
    Content content;

    explicit Shipped(bool meshes) {
        Diagnostics diagnostics;
        const auto manifest = std::filesystem::path(AV_SOURCE_DIR) / "meshes" / "atlas.json";
        if (meshes) {
            atlas = loadAtlas(manifest, diagnostics, true);
        } else {
            std::vector<Structure> structures;
            for (const auto& spec : readManifest(manifest, diagnostics).structures) structures.push_back({spec, {}, {}, {}});
            atlas = Atlas("shipped", std::move(structures));
        }
        IdSet ids;
        for (const auto& id : atlas.ids()) ids.insert(id);
        content = loadContent(std::filesystem::path(AV_SOURCE_DIR) / "annotations", ids, diagnostics);
        REQUIRE(diagnostics.errors.empty());
    }
};

// Loaded once per test process.
inline const Shipped& shippedWithMeshes() {
    static const Shipped shipped(true);
    return shipped;
}
inline const Shipped& shippedIdsOnly() {
    static const Shipped shipped(false);
    return shipped;
}

inline std::size_t indexOf(const Atlas& atlas, const std::string& id) {
    const auto index = atlas.indexOf(id);
    REQUIRE_MESSAGE(index, "no structure " << id);
    return *index;
}

}  // namespace av::test
