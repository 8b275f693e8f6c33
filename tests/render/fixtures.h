#pragma once
// Small atlases of coloured boxes at known places, so that tests know where each structure must show.
#include "core/atlas/atlas.h"
#include "core/viewer_options.h"
#include "platform/headless.h"
#include "../core/temp_folder.h"

#include <filesystem>
#include <string>
#include <vector>

namespace av::test {

struct Box {
    std::string id;
    double centre[3];
    double size;
    std::string color;  // "#rrggbb"
    std::string segment = "pelvis";
};

// An axis-aligned box as OBJ text, faces outwards.
inline std::string boxObj(const Box& box) {
    std::string text;
    for (int i = 0; i < 8; ++i) {
        text += "v";
        for (int axis = 0; axis < 3; ++axis)
            text += " " + std::to_string(box.centre[axis] + ((i >> axis) & 1 ? 0.5 : -0.5) * box.size);
        text += "\n";
    }
    return text + "f 1 3 4 2\nf 5 6 8 7\nf 1 2 6 5\nf 3 7 8 4\nf 1 5 7 3\nf 2 4 8 6\n";
}

// Writes the boxes and their manifest into folder; returns the manifest path.
inline std::filesystem::path writeBoxAtlas(const TempFolder& folder, const std::vector<Box>& boxes) {
    std::string structures;
    for (const auto& box : boxes) {
        folder.write(box.id + ".obj", boxObj(box));
        if (!structures.empty()) structures += ",";
        structures += R"({"id": ")" + box.id + R"(", "name": ")" + box.id + R"(", "kind": "bone", "segment": ")" + box.segment + R"(",
            "mesh": ")" + box.id + R"(.obj", "color": ")" + box.color + "\"}";
    }
    return folder.write("atlas.json", R"({"format": "anatomy-viewer-atlas", "version": 1, "name": "Boxes",
        "structures": [)" + structures + "]}");
}

inline Atlas loadFixture(const std::filesystem::path& manifest) {
    Diagnostics diagnostics;
    return loadAtlas(manifest, diagnostics);
}

inline Image render(const Atlas& atlas, ViewerOptions options) {
    if (options.width == 1280) options.width = 320;
    if (options.height == 800) options.height = 240;
    options.detail = Detail::Full;
    const Content content;
    const Diagnostics diagnostics;
    return renderImage({atlas, content, diagnostics}, options);
}

}  // namespace av::test
