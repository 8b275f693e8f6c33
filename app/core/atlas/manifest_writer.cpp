#include "core/atlas/manifest_writer.h"

#include "core/atomic_file.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace av {
namespace {

using nlohmann::ordered_json;

// The shortest decimal that reads back as the same float: 0.85f is written "0.85", not
// "0.8500000238418579".
double shortestDecimal(float value) {
    char text[32];
    for (int digits = 1; digits <= 9; ++digits) {
        std::snprintf(text, sizeof text, "%.*g", digits, double(value));
        const double decimal = std::strtod(text, nullptr);
        if (float(decimal) == value) return decimal;
    }
    return double(value);
}

// "#rrggbb" when the colour is exactly one (as every colour read from "#rrggbb" is), else [r, g, b].
ordered_json colorJson(const std::array<float, 3>& rgb) {
    int bytes[3];
    bool exact = true;
    for (int i = 0; i < 3; ++i) {
        bytes[i] = int(std::lround(rgb[i] * 255.0f));
        exact = exact && bytes[i] >= 0 && bytes[i] <= 255 && bytes[i] / 255.0f == rgb[i];
    }
    if (!exact) return ordered_json::array({shortestDecimal(rgb[0]), shortestDecimal(rgb[1]), shortestDecimal(rgb[2])});
    char hex[8];
    std::snprintf(hex, sizeof hex, "#%02x%02x%02x", bytes[0], bytes[1], bytes[2]);
    return hex;
}

const char* unitName(const StructureSpec& spec) {
    if (spec.unitScale == 1.0) return "m";
    if (spec.unitScale == 0.01) return "cm";
    if (spec.unitScale == 0.001) return "mm";
    throw std::invalid_argument("structure \"" + spec.id + "\": unit scale " + std::to_string(spec.unitScale) +
                                " is not m, cm or mm");
}

ordered_json matrixJson(const Eigen::Matrix4d& matrix) {
    ordered_json numbers = ordered_json::array();
    for (int row = 0; row < 4; ++row)
        for (int column = 0; column < 4; ++column) numbers.push_back(matrix(row, column));
    return numbers;
}

ordered_json structureJson(const StructureSpec& spec) {
    ordered_json j;
    j["id"] = spec.id;
    j["name"] = spec.name;
    j["kind"] = kindName(spec.kind);
    j["side"] = sideName(spec.side);
    j["segment"] = spec.segment;
    if (!spec.mesh.empty()) j["mesh"] = spec.mesh;
    if (!spec.meshLow.empty()) j["mesh_low"] = spec.meshLow;
    j["color"] = colorJson(spec.color);
    j["opacity"] = shortestDecimal(spec.opacity);
    j["unit"] = unitName(spec);
    if (!spec.transform.isIdentity(0)) j["transform"] = matrixJson(spec.transform);
    if (!spec.annotation.empty() && spec.annotation != spec.id) j["annotation"] = spec.annotation;
    if (!spec.parent.empty()) j["parent"] = spec.parent;
    if (!spec.muscle.empty()) j["muscle"] = spec.muscle;
    if (!spec.spans.empty()) j["spans"] = spec.spans;
    if (!spec.path.empty()) {
        ordered_json path = ordered_json::array();
        for (const PathAnchor& anchor : spec.path)
            path.push_back({{"segment", anchor.segment},
                            {"point", {anchor.point.x(), anchor.point.y(), anchor.point.z()}}});
        j["path"] = path;
    }
    return j;
}

}  // namespace

ordered_json manifestToJson(const Manifest& manifest) {
    ordered_json document;
    document["format"] = "anatomy-viewer-atlas";
    document["version"] = kManifestVersion;
    document["name"] = manifest.name;
    if (!manifest.transform.isIdentity(0)) document["transform"] = matrixJson(manifest.transform);
    ordered_json structures = ordered_json::array();
    for (const auto& spec : manifest.structures) structures.push_back(structureJson(spec));
    document["structures"] = std::move(structures);
    return document;
}

std::string manifestText(const Manifest& manifest) { return manifestToJson(manifest).dump(2) + "\n"; }

void writeManifest(const Manifest& manifest, const std::filesystem::path& path) {
    writeFileAtomically(path, manifestText(manifest));
}

}  // namespace av
