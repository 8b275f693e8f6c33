#include "glb_writer.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace atlasgen {
namespace {

double srgbToLinear(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double round6(double v) { return std::round(v * 1e6) / 1e6; }

void put32(std::vector<unsigned char>& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back((v >> (8 * i)) & 0xff);
}
template <class T>
void append(std::vector<unsigned char>& bin, const T* data, size_t count) {
    size_t off = bin.size();
    bin.resize(off + count * sizeof(T));
    if (count) std::memcpy(bin.data() + off, data, count * sizeof(T));
}

}  // namespace

std::vector<unsigned char> encodeGlb(const std::vector<GlbPart>& parts) {
    using nlohmann::json;
    json doc;
    doc["asset"] = {{"version", "2.0"}, {"generator", "anatomy-viewer atlas-generator"}};
    doc["scene"] = 0;
    json nodes = json::array(), meshes = json::array(), materials = json::array(),
         accessors = json::array(), views = json::array(), sceneNodes = json::array();
    std::vector<unsigned char> bin;
    for (size_t pi = 0; pi < parts.size(); ++pi) {
        const av::Mesh& m = *parts[pi].mesh;
        const auto& p = parts[pi];
        // positions
        std::array<float, 3> lo{1e30f, 1e30f, 1e30f}, hi{-1e30f, -1e30f, -1e30f};
        for (auto& v : m.positions)
            for (int k = 0; k < 3; ++k) lo[k] = std::min(lo[k], v[k]), hi[k] = std::max(hi[k], v[k]);
        size_t posOff = bin.size();
        append(bin, m.positions.data(), m.positions.size());
        size_t nrmOff = bin.size();
        append(bin, m.normals.data(), m.normals.size());
        size_t idxOff = bin.size();
        append(bin, m.triangles.data(), m.triangles.size());
        size_t v0 = views.size();
        views.push_back({{"buffer", 0}, {"byteOffset", posOff}, {"byteLength", nrmOff - posOff},
                         {"target", 34962}});
        views.push_back({{"buffer", 0}, {"byteOffset", nrmOff}, {"byteLength", idxOff - nrmOff},
                         {"target", 34962}});
        views.push_back({{"buffer", 0}, {"byteOffset", idxOff}, {"byteLength", bin.size() - idxOff},
                         {"target", 34963}});
        size_t a0 = accessors.size();
        accessors.push_back({{"bufferView", v0}, {"componentType", 5126}, {"count", m.positions.size()},
                             {"type", "VEC3"}, {"min", {lo[0], lo[1], lo[2]}}, {"max", {hi[0], hi[1], hi[2]}}});
        accessors.push_back({{"bufferView", v0 + 1}, {"componentType", 5126}, {"count", m.normals.size()},
                             {"type", "VEC3"}});
        accessors.push_back({{"bufferView", v0 + 2}, {"componentType", 5125},
                             {"count", m.triangles.size() * 3}, {"type", "SCALAR"}});
        json mat = {{"name", p.name},
                    {"pbrMetallicRoughness",
                     {{"baseColorFactor",
                       {round6(srgbToLinear(p.srgb[0])), round6(srgbToLinear(p.srgb[1])),
                        round6(srgbToLinear(p.srgb[2])), round6(p.opacity)}},
                      {"metallicFactor", 0.0},
                      {"roughnessFactor", 0.65}}}};
        if (p.opacity < 1.0) mat["alphaMode"] = "BLEND";
        materials.push_back(mat);
        json prim = {{"attributes", {{"POSITION", a0}, {"NORMAL", a0 + 1}}}, {"indices", a0 + 2},
                     {"material", pi}, {"mode", 4}};
        meshes.push_back({{"name", p.name}, {"primitives", json::array({prim})}});
        nodes.push_back({{"name", p.name}, {"mesh", pi}});
        sceneNodes.push_back(pi);
    }
    doc["scenes"] = json::array({json{{"nodes", sceneNodes}}});
    doc["nodes"] = nodes;
    doc["meshes"] = meshes;
    doc["materials"] = materials;
    doc["accessors"] = accessors;
    doc["bufferViews"] = views;
    while (bin.size() % 4) bin.push_back(0);
    doc["buffers"] = json::array({json{{"byteLength", bin.size()}}});
    std::string js = doc.dump();
    while (js.size() % 4) js.push_back(' ');

    std::vector<unsigned char> out;
    put32(out, 0x46546C67);  // "glTF"
    put32(out, 2);
    put32(out, std::uint32_t(12 + 8 + js.size() + 8 + bin.size()));
    put32(out, std::uint32_t(js.size()));
    put32(out, 0x4E4F534A);  // JSON
    out.insert(out.end(), js.begin(), js.end());
    put32(out, std::uint32_t(bin.size()));
    put32(out, 0x004E4942);  // BIN
    out.insert(out.end(), bin.begin(), bin.end());
    return out;
}

void writeGlb(const std::filesystem::path& path, const std::vector<GlbPart>& parts) {
    auto bytes = encodeGlb(parts);
    std::ofstream f(path, std::ios::binary);
    if (!f) throw std::runtime_error("cannot write " + path.string());
    f.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

}  // namespace atlasgen
