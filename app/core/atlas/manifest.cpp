#include "core/atlas/manifest.h"

#include <Eigen/Dense>
#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <unordered_map>

namespace av {
namespace {

using nlohmann::json;

// A problem with one field of one structure: that structure is left out, the rest loads.
struct FieldError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::string requireString(const json& object, const char* key) {
    auto it = object.find(key);
    if (it == object.end()) throw FieldError(std::string("missing field '") + key + "'");
    if (!it->is_string() || it->get<std::string>().empty())
        throw FieldError(std::string("field '") + key + "' must be a non-empty string");
    return it->get<std::string>();
}

std::string optionalString(const json& object, const char* key, const std::string& fallback = {}) {
    auto it = object.find(key);
    if (it == object.end()) return fallback;
    if (!it->is_string()) throw FieldError(std::string("field '") + key + "' must be a string");
    return it->get<std::string>();
}

std::array<float, 3> parseColor(const json& value) {
    if (value.is_string()) {
        static const std::regex hex("#([0-9a-fA-F]{6})");
        std::smatch match;
        const std::string text = value.get<std::string>();
        if (!std::regex_match(text, match, hex))
            throw FieldError("field 'color' must be \"#rrggbb\" or [r, g, b]; got \"" + text + "\"");
        const unsigned long rgb = std::stoul(match[1].str(), nullptr, 16);
        return {((rgb >> 16) & 0xff) / 255.0f, ((rgb >> 8) & 0xff) / 255.0f, (rgb & 0xff) / 255.0f};
    }
    if (value.is_array() && value.size() == 3) {
        std::array<float, 3> rgb{};
        for (int i = 0; i < 3; ++i) {
            if (!value[i].is_number() || value[i].get<double>() < 0 || value[i].get<double>() > 1)
                throw FieldError("field 'color' components must be numbers in 0..1");
            rgb[i] = value[i].get<float>();
        }
        return rgb;
    }
    throw FieldError("field 'color' must be \"#rrggbb\" or [r, g, b]");
}

double parseUnit(const std::string& unit) {
    if (unit == "m") return 1.0;
    if (unit == "cm") return 0.01;
    if (unit == "mm") return 0.001;
    throw FieldError("field 'unit' must be m, cm or mm; got \"" + unit + "\"");
}

Eigen::Matrix4d parseTransform(const json& value) {
    if (!value.is_array() || value.size() != 16)
        throw FieldError("field 'transform' must be 16 numbers (a row-major 4x4 matrix)");
    Eigen::Matrix4d matrix;
    for (int i = 0; i < 16; ++i) {
        if (!value[i].is_number()) throw FieldError("field 'transform' must hold numbers only");
        matrix(i / 4, i % 4) = value[i].get<double>();
    }
    if (!matrix.allFinite()) throw FieldError("field 'transform' holds a non-finite number");
    if (matrix.row(3) != Eigen::RowVector4d(0, 0, 0, 1))
        throw FieldError("field 'transform' must be affine (last row 0 0 0 1)");
    if (std::abs(matrix.topLeftCorner<3, 3>().determinant()) < 1e-12)
        throw FieldError("field 'transform' is singular");
    return matrix;
}

std::vector<std::string> parseSpans(const json& object) {
    std::vector<std::string> spans;
    auto it = object.find("spans");
    if (it == object.end()) return spans;
    if (!it->is_array()) throw FieldError("field 'spans' must be an array of segment names");
    for (const auto& item : *it) {
        if (!item.is_string()) throw FieldError("field 'spans' must be an array of segment names");
        spans.push_back(item.get<std::string>());
    }
    return spans;
}

std::vector<PathAnchor> parsePath(const json& object) {
    std::vector<PathAnchor> path;
    auto it = object.find("path");
    if (it == object.end()) return path;
    const char* shape = "field 'path' must be an array of at least two {\"segment\": name, \"point\": [x, y, z]} (metres)";
    if (!it->is_array() || it->size() < 2) throw FieldError(shape);
    for (const auto& item : *it) {
        if (!item.is_object() || !item.contains("segment") || !item["segment"].is_string() || !item.contains("point") ||
            !item["point"].is_array() || item["point"].size() != 3)
            throw FieldError(shape);
        PathAnchor anchor;
        anchor.segment = item["segment"].get<std::string>();
        for (int k = 0; k < 3; ++k) {
            if (!item["point"][k].is_number()) throw FieldError(shape);
            anchor.point[k] = item["point"][k].get<double>();
        }
        if (!path.empty() && (anchor.point - path.back().point).norm() < 1e-9)
            throw FieldError("field 'path' repeats a point: its segments must have a length");
        path.push_back(anchor);
    }
    return path;
}

StructureSpec parseStructure(const json& object, const Manifest& manifest) {
    if (!object.is_object()) throw FieldError("must be an object");
    static const std::regex idPattern("[a-z][a-z0-9_]*");
    StructureSpec spec;
    spec.id = requireString(object, "id");
    if (!std::regex_match(spec.id, idPattern))
        throw FieldError("id \"" + spec.id + "\" is not snake_case ([a-z][a-z0-9_]*)");
    spec.name = requireString(object, "name");
    const std::string kind = requireString(object, "kind");
    const auto parsedKind = parseKind(kind);
    if (!parsedKind)
        throw FieldError("field 'kind' must be one of bone, muscle, tendon, ligament, bursa, nerve, skin, region; got \"" +
                         kind + "\"");
    spec.kind = *parsedKind;
    spec.segment = requireString(object, "segment");
    const std::string side = optionalString(object, "side");
    if (side.empty()) {
        spec.side = inferSide(spec.id, spec.segment);
    } else if (const auto parsedSide = parseSide(side)) {
        spec.side = *parsedSide;
    } else {
        throw FieldError("field 'side' must be one of right, left, midline; got \"" + side + "\"");
    }
    spec.mesh = optionalString(object, "mesh");
    spec.meshLow = optionalString(object, "mesh_low");
    // Resolving here refuses a path that leaves the folder before any file is touched.
    if (!spec.mesh.empty()) resolveMeshPath(manifest, spec.mesh);
    if (!spec.meshLow.empty()) resolveMeshPath(manifest, spec.meshLow);
    if (object.contains("color")) spec.color = parseColor(object["color"]);
    if (object.contains("opacity")) {
        const auto& opacity = object["opacity"];
        if (!opacity.is_number() || opacity.get<double>() < 0 || opacity.get<double>() > 1)
            throw FieldError("field 'opacity' must be a number in 0..1");
        spec.opacity = opacity.get<float>();
    }
    spec.unitScale = parseUnit(optionalString(object, "unit", "m"));
    if (object.contains("transform")) spec.transform = parseTransform(object["transform"]);
    spec.annotation = optionalString(object, "annotation", spec.id);
    spec.parent = optionalString(object, "parent");
    spec.muscle = optionalString(object, "muscle");
    spec.spans = parseSpans(object);
    spec.path = parsePath(object);
    return spec;
}

json parseJsonFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ManifestError(path.string() + ": cannot open the atlas manifest");
    std::stringstream text;
    text << in.rdbuf();
    try {
        return json::parse(text.str());
    } catch (const json::parse_error& e) {
        throw ManifestError(path.string() + ": not valid JSON (" + e.what() + ")");
    }
}

// A parent that is not in the atlas, or a chain of parents that loops, would break grouping: the link
// is dropped with a warning and the structure stands alone.
void checkParents(Manifest& manifest, Diagnostics& diagnostics) {
    std::unordered_map<std::string, std::size_t> indexOf;
    for (std::size_t i = 0; i < manifest.structures.size(); ++i) indexOf.emplace(manifest.structures[i].id, i);
    auto find = [&](const std::string& id) -> const StructureSpec* {
        const auto it = indexOf.find(id);
        return it == indexOf.end() ? nullptr : &manifest.structures[it->second];
    };
    for (auto& spec : manifest.structures) {
        if (spec.parent.empty()) continue;
        if (!find(spec.parent)) {
            diagnostics.warning(manifest.path.string() + ": structure \"" + spec.id + "\" names unknown parent \"" +
                                spec.parent + "\"; shown on its own");
            spec.parent.clear();
            continue;
        }
        const StructureSpec* walk = &spec;
        for (std::size_t step = 0; walk && !walk->parent.empty(); ++step) {
            if (step > manifest.structures.size()) {
                diagnostics.warning(manifest.path.string() + ": the parents of structure \"" + spec.id +
                                    "\" form a loop; its parent link is dropped");
                spec.parent.clear();
                break;
            }
            walk = find(walk->parent);
        }
    }
}

// Structures whose parent is missing are kept (the parent link is only a grouping), but a group must
// have parts: otherwise it shows nothing and is left out.
void dropEmptyGroups(Manifest& manifest, Diagnostics& diagnostics) {
    std::set<std::string> parents;
    for (const auto& spec : manifest.structures)
        if (!spec.parent.empty()) parents.insert(spec.parent);
    std::vector<StructureSpec> kept;
    for (auto& spec : manifest.structures) {
        if (spec.isGroup() && !parents.count(spec.id)) {
            diagnostics.error(manifest.path.string() + ": structure \"" + spec.id +
                              "\" has no 'mesh' and no parts; left out");
            continue;
        }
        kept.push_back(std::move(spec));
    }
    manifest.structures = std::move(kept);
}

}  // namespace

std::filesystem::path resolveMeshPath(const Manifest& manifest, const std::string& relative) {
    namespace fs = std::filesystem;
    const fs::path rel(relative);
    const fs::path lexical = rel.lexically_normal();
    const bool escapes = rel.is_absolute() || rel.has_root_name() || lexical.empty() ||
                         *lexical.begin() == "..";
    const fs::path folder = manifest.path.parent_path();
    const fs::path full = folder / lexical;
    std::error_code ec;
    const fs::path realFolder = fs::weakly_canonical(folder.empty() ? fs::path(".") : folder, ec);
    const fs::path realFull = fs::weakly_canonical(full, ec);
    const auto mismatch = std::mismatch(realFolder.begin(), realFolder.end(), realFull.begin(), realFull.end());
    if (escapes || ec || mismatch.first != realFolder.end())
        throw ManifestError(manifest.path.string() + ": mesh path \"" + relative +
                            "\" leaves the manifest's folder; refused");
    return full;
}

Manifest readManifest(const std::filesystem::path& path, Diagnostics& diagnostics) {
    const json document = parseJsonFile(path);
    Manifest manifest;
    manifest.path = path;
    if (!document.is_object() || document.value("format", "") != "anatomy-viewer-atlas")
        throw ManifestError(path.string() + ": not an atlas manifest (\"format\" must be \"anatomy-viewer-atlas\")");
    if (!document.contains("version") || !document["version"].is_number_integer())
        throw ManifestError(path.string() + ": missing integer \"version\"");
    const int version = document["version"].get<int>();
    if (version < kOldestManifestVersion || version > kManifestVersion)
        throw ManifestError(path.string() + ": format version " + std::to_string(version) +
                            " is not supported (this viewer reads versions " + std::to_string(kOldestManifestVersion) +
                            " to " + std::to_string(kManifestVersion) + ")");
    manifest.name = document.value("name", path.stem().string());
    if (document.contains("transform")) try {
            manifest.transform = parseTransform(document["transform"]);
        } catch (const FieldError& e) {
            throw ManifestError(path.string() + ": the atlas-wide " + e.what());
        }
    if (!document.contains("structures") || !document["structures"].is_array())
        throw ManifestError(path.string() + ": missing array \"structures\"");

    std::set<std::string> seen;
    const auto& structures = document["structures"];
    for (std::size_t i = 0; i < structures.size(); ++i) {
        const std::string where = path.string() + ": structure " + std::to_string(i + 1);
        try {
            StructureSpec spec = parseStructure(structures[i], manifest);
            if (!seen.insert(spec.id).second) {
                diagnostics.error(where + ": id \"" + spec.id + "\" is used twice; left out");
                continue;
            }
            manifest.structures.push_back(std::move(spec));
        } catch (const FieldError& e) {
            const std::string id = structures[i].is_object() ? structures[i].value("id", "") : "";
            diagnostics.error(where + (id.empty() ? "" : " (\"" + id + "\")") + ": " + e.what() + "; left out");
        }
    }
    checkParents(manifest, diagnostics);
    dropEmptyGroups(manifest, diagnostics);
    return manifest;
}

}  // namespace av
