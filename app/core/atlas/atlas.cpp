#include "core/atlas/atlas.h"

#include "core/mesh_loader.h"
#include "core/parallel_for.h"
#include "core/suggest.h"

#include <Eigen/Dense>

#include <algorithm>
#include <limits>
#include <unordered_set>

namespace av {

Atlas::Atlas(std::string name, std::vector<Structure> structures)
    : name_(std::move(name)), structures_(std::move(structures)) {
    indexById_.reserve(structures_.size());
    for (std::size_t i = 0; i < structures_.size(); ++i) indexById_.emplace(structures_[i].spec.id, i);
    for (std::size_t i = 0; i < structures_.size(); ++i)
        if (auto parent = indexOf(structures_[i].spec.parent)) structures_[*parent].parts.push_back(i);
}

std::optional<std::size_t> Atlas::indexOf(const std::string& id) const {
    const auto it = indexById_.find(id);
    if (it == indexById_.end()) return std::nullopt;
    return it->second;
}

const Structure* Atlas::find(const std::string& id) const {
    const auto index = indexOf(id);
    return index ? &structures_[*index] : nullptr;
}

std::vector<std::size_t> Atlas::drawnIndices(std::size_t index) const {
    if (!structures_[index].spec.isGroup()) return {index};
    std::vector<std::size_t> drawn;
    for (std::size_t part : structures_[index].parts) {
        const auto partDrawn = drawnIndices(part);
        drawn.insert(drawn.end(), partDrawn.begin(), partDrawn.end());
    }
    return drawn;
}

Bounds Atlas::bounds(std::size_t index) const {
    constexpr double inf = std::numeric_limits<double>::infinity();
    Bounds total{inf, -inf, inf, -inf, inf, -inf};
    for (std::size_t drawn : drawnIndices(index)) {
        const Bounds b = meshBounds(structures_[drawn].mesh);
        for (int axis = 0; axis < 3; ++axis) {
            total[2 * axis] = std::min(total[2 * axis], b[2 * axis]);
            total[2 * axis + 1] = std::max(total[2 * axis + 1], b[2 * axis + 1]);
        }
    }
    return total;
}

std::size_t Atlas::triangleCount(std::size_t index) const {
    std::size_t count = 0;
    for (std::size_t drawn : drawnIndices(index)) count += structures_[drawn].mesh.triangles.size();
    return count;
}

std::vector<std::string> Atlas::ids() const {
    std::vector<std::string> ids;
    for (const auto& structure : structures_) ids.push_back(structure.spec.id);
    return ids;
}

Bounds meshBounds(const Mesh& mesh) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    Bounds b{inf, -inf, inf, -inf, inf, -inf};
    for (const auto& p : mesh.positions)
        for (int axis = 0; axis < 3; ++axis) {
            b[2 * axis] = std::min<double>(b[2 * axis], p[axis]);
            b[2 * axis + 1] = std::max<double>(b[2 * axis + 1], p[axis]);
        }
    return b;
}

Side sideOfBounds(const Bounds& bounds) {
    constexpr double kMidlineReach = 0.01;  // metres into each half
    if (bounds[4] <= -kMidlineReach && bounds[5] >= kMidlineReach) return Side::Midline;
    return bounds[4] + bounds[5] < 0 ? Side::Left : Side::Right;
}

std::string checkStructureIds(const Atlas& atlas, const std::vector<std::string>& ids, const std::string& option) {
    for (const auto& id : ids)
        if (!atlas.indexOf(id))
            return option + ": no structure \"" + id + "\" in the atlas" + didYouMean(id, atlas.ids()) +
                   "; --list-structures lists them";
    return {};
}

Mesh toAtlasFrame(Mesh mesh, double unitScale, const Eigen::Matrix4d& transform) {
    const Eigen::Matrix3d linear = transform.topLeftCorner<3, 3>() * unitScale;
    const Eigen::Vector3d translation = transform.topRightCorner<3, 1>();
    const Eigen::Matrix3d normalMatrix = linear.inverse().transpose();
    for (auto& p : mesh.positions) {
        const Eigen::Vector3d q = linear * Eigen::Vector3d(p[0], p[1], p[2]) + translation;
        p = {float(q.x()), float(q.y()), float(q.z())};
    }
    for (auto& n : mesh.normals) {
        const Eigen::Vector3d q = (normalMatrix * Eigen::Vector3d(n[0], n[1], n[2])).normalized();
        n = {float(q.x()), float(q.y()), float(q.z())};
    }
    if (linear.determinant() < 0)
        for (auto& t : mesh.triangles) std::swap(t[1], t[2]);
    return mesh;
}

namespace {

struct LoadedMeshes {
    std::optional<Mesh> full, low;
    std::vector<std::string> errors, warnings;
};

std::optional<Mesh> loadOne(const Manifest& manifest, const StructureSpec& spec, const std::string& file,
                            LoadedMeshes& out) {
    try {
        Mesh mesh = loadMeshFile(resolveMeshPath(manifest, file), &out.warnings);
        return toAtlasFrame(std::move(mesh), spec.unitScale, manifest.transform * spec.transform);
    } catch (const std::exception& e) {
        out.errors.push_back(e.what());
        return std::nullopt;
    }
}

LoadedMeshes loadMeshes(const Manifest& manifest, const StructureSpec& spec, bool lowDetail) {
    LoadedMeshes loaded;
    if (spec.isGroup()) return loaded;
    loaded.full = loadOne(manifest, spec, spec.mesh, loaded);
    if (loaded.full && lowDetail && !spec.meshLow.empty()) loaded.low = loadOne(manifest, spec, spec.meshLow, loaded);
    return loaded;
}

// A group whose parts were all left out would show nothing.
void dropGroupsWithoutParts(std::vector<Structure>& structures, Diagnostics& diagnostics) {
    std::unordered_set<std::string> parents;
    for (const auto& structure : structures)
        if (!structure.spec.parent.empty()) parents.insert(structure.spec.parent);
    std::vector<Structure> kept;
    for (auto& structure : structures) {
        if (structure.spec.isGroup() && !parents.count(structure.spec.id)) {
            diagnostics.error("group \"" + structure.spec.id + "\" has none of its parts loaded; left out");
            continue;
        }
        kept.push_back(std::move(structure));
    }
    structures = std::move(kept);
}

}  // namespace

Atlas loadAtlas(const std::filesystem::path& manifestPath, Diagnostics& diagnostics, bool lowDetail) {
    Manifest manifest = readManifest(manifestPath, diagnostics);
    // Mesh files are independent: read them concurrently on a few threads, then report in manifest order.
    std::vector<LoadedMeshes> pending(manifest.structures.size());
    parallelFor(pending.size(), loaderThreadCount(), [&](std::size_t i) {
        pending[i] = loadMeshes(manifest, manifest.structures[i], lowDetail);
    });

    std::vector<Structure> structures;
    for (std::size_t i = 0; i < manifest.structures.size(); ++i) {
        LoadedMeshes& loaded = pending[i];
        for (auto& message : loaded.warnings) diagnostics.warning(std::move(message));
        const StructureSpec& spec = manifest.structures[i];
        if (!spec.isGroup() && !loaded.full) {
            for (auto& message : loaded.errors)
                diagnostics.error(message + " (structure \"" + spec.id + "\" left out)");
            continue;
        }
        for (auto& message : loaded.errors)
            diagnostics.warning(message + " (structure \"" + spec.id + "\" uses its full-detail mesh only)");
        Structure structure{spec, loaded.full ? std::move(*loaded.full) : Mesh{},
                            loaded.low ? std::move(*loaded.low) : Mesh{}, {}};
        structures.push_back(std::move(structure));
    }
    dropGroupsWithoutParts(structures, diagnostics);
    return Atlas(manifest.name, std::move(structures));
}

}  // namespace av
