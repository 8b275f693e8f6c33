#include "core/mesh_io/weld.h"

#include <cstring>
#include <unordered_map>

namespace av::mesh_io {

namespace {

// Exact equality on the bits, with -0 and +0 the same (the coordinates are known to be finite).
struct PositionKey {
    std::uint32_t bits[3];
    explicit PositionKey(const Vec3f& p) {
        for (int i = 0; i < 3; ++i) {
            const float value = p[static_cast<std::size_t>(i)] == 0.0f ? 0.0f : p[static_cast<std::size_t>(i)];
            std::memcpy(&bits[i], &value, sizeof(float));
        }
    }
    bool operator==(const PositionKey& other) const {
        return bits[0] == other.bits[0] && bits[1] == other.bits[1] && bits[2] == other.bits[2];
    }
};

struct PositionKeyHash {
    std::size_t operator()(const PositionKey& key) const {
        std::uint64_t h = 1469598103934665603ull;
        for (const std::uint32_t b : key.bits) h = (h ^ b) * 1099511628211ull;
        return static_cast<std::size_t>(h);
    }
};

}  // namespace

std::vector<std::uint32_t> positionIds(const std::vector<Vec3f>& positions) {
    std::unordered_map<PositionKey, std::uint32_t, PositionKeyHash> first;
    first.reserve(positions.size());
    std::vector<std::uint32_t> ids(positions.size());
    for (std::size_t i = 0; i < positions.size(); ++i)
        ids[i] = first.try_emplace(PositionKey(positions[i]), static_cast<std::uint32_t>(i)).first->second;
    return ids;
}

Mesh welded(const Mesh& mesh) {
    const std::vector<std::uint32_t> ids = positionIds(mesh.positions);
    std::vector<std::uint32_t> newIndex(mesh.positions.size());
    Mesh result;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (ids[i] == i) {
            newIndex[i] = static_cast<std::uint32_t>(result.positions.size());
            result.positions.push_back(mesh.positions[i]);
        } else {
            newIndex[i] = newIndex[ids[i]];
        }
    }
    result.triangles.reserve(mesh.triangles.size());
    for (const Triangle& t : mesh.triangles) result.triangles.push_back({newIndex[t[0]], newIndex[t[1]], newIndex[t[2]]});
    return result;
}

}  // namespace av::mesh_io
