// glTF 2.0 (.gltf text, .glb binary): the glb chunk lengths must agree with the file, and the JSON's
// declared sizes must fit the data behind them: buffers in their sources, buffer views in their
// buffers, accessors in their buffer views, and every index must point at something that exists. The
// node tree must be a tree (Assimp walks it recursively).
#include "core/mesh_io/format_error.h"
#include "core/mesh_io/prechecks.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace av::mesh_io {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::uint32_t kGlbMagic = 0x46546C67;      // "glTF"
constexpr std::uint32_t kChunkJson = 0x4E4F534A;     // "JSON"
constexpr std::uint32_t kChunkBin = 0x004E4942;      // "BIN\0"
constexpr std::uint64_t kMaxAccessorCount = 3 * kMaxTriangles;

std::string at(const std::string& array, std::size_t index) {
    return array + "[" + std::to_string(index) + "]";
}

const json& arrayField(const json& doc, const char* key) {
    static const json empty = json::array();
    const auto it = doc.find(key);
    if (it == doc.end()) return empty;
    if (!it->is_array()) throw FormatError(std::string("glTF \"") + key + "\" is not an array");
    return *it;
}

std::uint64_t uintField(const json& object, const char* key, const std::string& where,
                        std::optional<std::uint64_t> fallback = std::nullopt) {
    const auto it = object.find(key);
    if (it == object.end()) {
        if (fallback) return *fallback;
        throw FormatError("glTF " + where + " has no \"" + key + "\"");
    }
    if (!it->is_number_unsigned())
        throw FormatError("glTF " + where + "." + key + " is not a non-negative integer");
    return it->get<std::uint64_t>();
}

void checkIndex(std::uint64_t index, std::size_t size, const std::string& where, const char* target) {
    if (index >= size)
        throw FormatError("glTF " + where + " refers to " + target + " " + std::to_string(index) +
                          ", but there are only " + std::to_string(size));
}

// How many bytes a buffer's source really holds.
std::uint64_t bufferSourceBytes(const json& buffer, const std::string& where, std::size_t index,
                                const std::optional<std::uint64_t>& glbBinBytes, const fs::path& path) {
    const auto uri = buffer.find("uri");
    if (uri == buffer.end()) {
        if (index == 0 && glbBinBytes) return *glbBinBytes;
        throw FormatError("glTF " + where + " has no \"uri\" and no glb BIN chunk holds it");
    }
    if (!uri->is_string()) throw FormatError("glTF " + where + ".uri is not a string");
    const std::string text = uri->get<std::string>();
    if (text.rfind("data:", 0) == 0) {
        const std::size_t comma = text.find(";base64,");
        if (comma == std::string::npos)
            throw FormatError("glTF " + where + " has a data URI that is not base64");
        const std::size_t start = comma + 8;
        std::size_t length = text.size() - start;
        while (length > 0 && text[start + length - 1] == '=') --length;
        return length * 3 / 4;
    }
    // As Assimp 5.2 opens it: the URI taken as a relative path, without decoding %-escapes.
    const fs::path source = path.parent_path() / fs::u8path(text);
    std::error_code ec;
    const std::uint64_t size = fs::file_size(source, ec);
    if (ec) throw FormatError("glTF " + where + " file \"" + text + "\" cannot be read (" + ec.message() + ")");
    return size;
}

std::uint64_t componentCount(const std::string& type, const std::string& where) {
    static const std::map<std::string, std::uint64_t> counts = {
        {"SCALAR", 1}, {"VEC2", 2}, {"VEC3", 3}, {"VEC4", 4}, {"MAT2", 4}, {"MAT3", 9}, {"MAT4", 16}};
    const auto it = counts.find(type);
    if (it == counts.end()) throw FormatError("glTF " + where + " has an unknown type \"" + type + "\"");
    return it->second;
}

std::uint64_t componentBytes(std::uint64_t componentType, const std::string& where) {
    switch (componentType) {
        case 5120: case 5121: return 1;
        case 5122: case 5123: return 2;
        case 5125: case 5126: return 4;
        default:
            throw FormatError("glTF " + where + " has an unknown componentType " + std::to_string(componentType));
    }
}

void checkBuffers(const json& doc, const std::optional<std::uint64_t>& glbBinBytes, const fs::path& path) {
    const json& buffers = arrayField(doc, "buffers");
    std::vector<std::uint64_t> bufferBytes;
    for (std::size_t i = 0; i < buffers.size(); ++i) {
        const std::string where = at("buffers", i);
        const std::uint64_t declared = uintField(buffers[i], "byteLength", where);
        const std::uint64_t available = bufferSourceBytes(buffers[i], where, i, glbBinBytes, path);
        if (declared > available)
            throw FormatError("glTF " + where + " declares " + std::to_string(declared) +
                              " bytes, but its data holds only " + std::to_string(available));
        bufferBytes.push_back(declared);
    }

    const json& views = arrayField(doc, "bufferViews");
    std::vector<std::uint64_t> viewBytes, viewStrides;
    for (std::size_t i = 0; i < views.size(); ++i) {
        const std::string where = at("bufferViews", i);
        const std::uint64_t buffer = uintField(views[i], "buffer", where);
        checkIndex(buffer, bufferBytes.size(), where, "buffer");
        const std::uint64_t offset = uintField(views[i], "byteOffset", where, 0);
        const std::uint64_t length = uintField(views[i], "byteLength", where);
        if (offset > bufferBytes[buffer] || length > bufferBytes[buffer] - offset)
            throw FormatError("glTF " + where + " (bytes " + std::to_string(offset) + " + " +
                              std::to_string(length) + ") does not fit in its buffer of " +
                              std::to_string(bufferBytes[buffer]) + " bytes");
        viewBytes.push_back(length);
        const std::uint64_t stride = uintField(views[i], "byteStride", where, 0);
        if (stride > 252) throw FormatError("glTF " + where + " has a byteStride over 252");
        viewStrides.push_back(stride);
    }

    const json& accessors = arrayField(doc, "accessors");
    for (std::size_t i = 0; i < accessors.size(); ++i) {
        const std::string where = at("accessors", i);
        const json& accessor = accessors[i];
        const std::uint64_t count = uintField(accessor, "count", where);
        if (count > kMaxAccessorCount)
            throw FormatError("glTF " + where + " declares " + std::to_string(count) +
                              " elements, more than the limit of " + std::to_string(kMaxAccessorCount));
        const auto type = accessor.find("type");
        if (type == accessor.end() || !type->is_string()) throw FormatError("glTF " + where + " has no type");
        const std::uint64_t elementBytes = componentCount(type->get<std::string>(), where) *
                                           componentBytes(uintField(accessor, "componentType", where), where);
        if (accessor.find("bufferView") == accessor.end() || count == 0) continue;
        const std::uint64_t view = uintField(accessor, "bufferView", where);
        checkIndex(view, viewBytes.size(), where, "bufferView");
        const std::uint64_t offset = uintField(accessor, "byteOffset", where, 0);
        const std::uint64_t stride = viewStrides[view] ? viewStrides[view] : elementBytes;
        // stride <= 252 and count is capped; a huge offset may wrap the sum, so it is checked alone too.
        const std::uint64_t needed = offset + stride * (count - 1) + elementBytes;
        if (offset > viewBytes[view] || needed > viewBytes[view])
            throw FormatError("glTF " + where + " needs " + std::to_string(needed) + " bytes (" +
                              std::to_string(count) + " elements), but its bufferView " +
                              std::to_string(view) + " holds only " + std::to_string(viewBytes[view]));
    }
}

void checkReferences(const json& doc) {
    const std::size_t accessorCount = arrayField(doc, "accessors").size();
    const json& meshes = arrayField(doc, "meshes");
    for (std::size_t m = 0; m < meshes.size(); ++m) {
        const json& primitives = arrayField(meshes[m], "primitives");
        for (std::size_t p = 0; p < primitives.size(); ++p) {
            const std::string where = at(at("meshes", m) + ".primitives", p);
            const json& primitive = primitives[p];
            if (primitive.contains("indices"))
                checkIndex(uintField(primitive, "indices", where), accessorCount, where, "accessor");
            const auto attributes = primitive.find("attributes");
            if (attributes == primitive.end() || !attributes->is_object())
                throw FormatError("glTF " + where + " has no attributes");
            for (const auto& attribute : attributes->items()) {
                if (!attribute.value().is_number_unsigned())
                    throw FormatError("glTF " + where + " attribute " + attribute.key() + " is not an index");
                checkIndex(attribute.value().get<std::uint64_t>(), accessorCount, where, "accessor");
            }
        }
    }

    // Each node has at most one parent and no node is its own ancestor.
    const json& nodes = arrayField(doc, "nodes");
    std::vector<std::int64_t> parent(nodes.size(), -1);
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        const std::string where = at("nodes", n);
        if (nodes[n].contains("mesh")) checkIndex(uintField(nodes[n], "mesh", where), meshes.size(), where, "mesh");
        for (const json& child : arrayField(nodes[n], "children")) {
            if (!child.is_number_unsigned()) throw FormatError("glTF " + where + " has a bad child index");
            const std::uint64_t c = child.get<std::uint64_t>();
            checkIndex(c, nodes.size(), where, "node");
            if (parent[c] != -1 || c == n)
                throw FormatError("glTF node " + std::to_string(c) + " has more than one parent");
            parent[c] = static_cast<std::int64_t>(n);
        }
    }
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        std::int64_t up = parent[n];
        for (std::size_t steps = 0; up != -1; ++steps, up = parent[static_cast<std::size_t>(up)])
            if (steps > nodes.size()) throw FormatError("glTF node " + std::to_string(n) + " is its own ancestor");
    }
    const json& scenes = arrayField(doc, "scenes");
    for (std::size_t s = 0; s < scenes.size(); ++s)
        for (const json& node : arrayField(scenes[s], "nodes")) {
            if (!node.is_number_unsigned()) throw FormatError("glTF scenes[" + std::to_string(s) + "] has a bad node");
            checkIndex(node.get<std::uint64_t>(), nodes.size(), at("scenes", s), "node");
        }
}

void checkJson(const std::string& text, const std::optional<std::uint64_t>& glbBinBytes, const fs::path& path) {
    json doc;
    try {
        doc = json::parse(text);
        if (!doc.is_object()) throw FormatError("glTF JSON is not an object");
        const auto asset = doc.find("asset");
        if (asset == doc.end() || !asset->is_object() || !asset->contains("version") ||
            !(*asset)["version"].is_string())
            throw FormatError("glTF JSON has no asset.version");
        const std::string version = (*asset)["version"].get<std::string>();
        if (version.rfind("2.", 0) != 0)
            throw FormatError("glTF version " + version + " is not supported (only 2.x)");
        checkBuffers(doc, glbBinBytes, path);
        checkReferences(doc);
    } catch (const json::exception& e) {
        throw FormatError(std::string("glTF JSON is malformed (") + e.what() + ")");
    }
}

}  // namespace

void precheckGltf(FileBytes& file, const fs::path& path) {
    const std::string text = file.read(0, static_cast<std::size_t>(file.size()));
    if (!looksLikeText(text.substr(0, 64 * 1024))) throw FormatError("is not a text glTF file (binary data)");
    checkJson(text, std::nullopt, path);
}

void precheckGlb(FileBytes& file, const fs::path& path) {
    const std::string header = file.head(12);
    if (header.size() < 12 || readU32le(header, 0) != kGlbMagic)
        throw FormatError("is not a glb file (no \"glTF\" magic)");
    if (readU32le(header, 4) != 2)
        throw FormatError("glb version " + std::to_string(readU32le(header, 4)) + " is not supported (only 2)");
    const std::uint64_t declared = readU32le(header, 8);
    if (declared != file.size())
        throw FormatError("glb header declares " + std::to_string(declared) + " bytes, but the file has " +
                          std::to_string(file.size()));

    std::string jsonText;
    std::optional<std::uint64_t> binBytes;
    for (std::uint64_t offset = 12; offset < file.size();) {
        const std::string chunk = file.read(offset, 8);
        if (chunk.size() < 8) throw FormatError("glb chunk header at byte " + std::to_string(offset) + " is cut off");
        const std::uint64_t length = readU32le(chunk, 0);
        const std::uint32_t type = readU32le(chunk, 4);
        const std::uint64_t data = offset + 8;
        if (length > file.size() - data)
            throw FormatError("glb chunk at byte " + std::to_string(offset) + " declares " + std::to_string(length) +
                              " bytes, but only " + std::to_string(file.size() - data) + " follow");
        if (offset == 12) {
            if (type != kChunkJson) throw FormatError("glb does not start with a JSON chunk");
            jsonText = file.read(data, static_cast<std::size_t>(length));
        } else if (type == kChunkBin && !binBytes) {
            binBytes = length;
        }
        offset = data + length;
    }
    if (jsonText.empty()) throw FormatError("glb has no JSON chunk");
    checkJson(jsonText, binBytes, path);
}

}  // namespace av::mesh_io
