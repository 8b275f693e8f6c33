#include "core/scene/posed_scene.h"

#include "core/pathology/pathology_geometry.h"

namespace av {

PosedScene::PosedScene(const Atlas& atlas)
    : atlas_(atlas), shown_(atlas), full_(atlas), cache_(atlas.structures().size()) {
    update(Pose{}, 0.0, false);
}

void PosedScene::update(const Pose& pose, double activation, bool lowDetail, const Pose& left) {
    pose_ = pose;
    left_ = left;
    lowDetail_ = lowDetail;
    ++version_;
    shown_.update(pose, lowDetail, left);
    muscles_ = muscleStates(pose, activation);
    changeShown();
}

void PosedScene::setPathology(const PathologySet& set) {
    if (set == pathology_) return;
    const PathologySet before = pathology_;
    pathology_ = set;
    const std::uint64_t previous = version_++;
    // Only the structures either set changes need new full-detail meshes and BVHs: the others keep theirs.
    for (std::size_t i = 0; i < cache_.size(); ++i) {
        const std::string& id = atlas_.structures()[i].spec.id;
        if (cache_[i].version == previous && !pathologyChangesMesh(id, before) && !pathologyChangesMesh(id, set))
            cache_[i].version = version_;
    }
    if (fullVersion_ == previous) fullVersion_ = version_;
    changeShown();
}

void PosedScene::changeShown() {
    changedShown_.clear();
    if (pathology_.empty()) return;
    for (std::size_t i = 0; i < atlas_.structures().size(); ++i) {
        const Structure& structure = atlas_.structures()[i];
        if (!pathologyChangesMesh(structure.spec.id, pathology_)) continue;
        const Mesh& neutral = lowDetail_ && !structure.meshLow.triangles.empty() ? structure.meshLow : structure.mesh;
        Mesh mesh = posedMesh(neutral, shown_.posed()[i]);
        if (!applyPathology(atlas_, pathology_, i, mesh)) continue;
        PosedStructure changed;
        changed.deformed = true;
        changed.positions = std::move(mesh.positions);
        changed.normals = std::move(mesh.normals);
        changedShown_[i] = std::move(changed);
    }
}

const PosedStructure& PosedScene::posed(std::size_t index) const {
    if (!changedShown_.empty())
        if (const auto it = changedShown_.find(index); it != changedShown_.end()) return it->second;
    return shown_.posed()[index];
}

const PosedScene::Cached& PosedScene::cached(std::size_t index, bool wantBvh) const {
    Cached& entry = cache_.at(index);
    if (entry.version != version_) {
        const std::vector<PosedStructure>* posed = &shown_.posed();
        if (lowDetail_) {
            if (fullVersion_ != version_) full_.update(pose_, false, left_);
            fullVersion_ = version_;
            posed = &full_.posed();
        }
        entry.mesh = posedMesh(atlas_.structures()[index].mesh, (*posed)[index]);
        if (!pathology_.empty()) applyPathology(atlas_, pathology_, index, entry.mesh);
        entry.bvh.reset();
        entry.version = version_;
    }
    if (wantBvh && !entry.bvh) entry.bvh = std::make_unique<TriangleBvh>(entry.mesh.positions, entry.mesh.triangles);
    return entry;
}

const Mesh& PosedScene::mesh(std::size_t index) const { return cached(index, false).mesh; }

const TriangleBvh& PosedScene::bvh(std::size_t index) const { return *cached(index, true).bvh; }

std::optional<Bounds> PosedScene::bounds(std::size_t index) const {
    Bounds box{1e30, -1e30, 1e30, -1e30, 1e30, -1e30};
    bool any = false;
    for (std::size_t drawn : atlas_.drawnIndices(index)) {
        const Structure& structure = atlas_.structures()[drawn];
        const PosedStructure& posed = this->posed(drawn);
        const Mesh& neutral = lowDetail_ && !structure.meshLow.positions.empty() ? structure.meshLow : structure.mesh;
        const std::size_t count = posed.deformed ? posed.positions.size() : neutral.positions.size();
        for (std::size_t v = 0; v < count; ++v) {
            const Vec3f& p = posed.deformed ? posed.positions[v] : neutral.positions[v];
            const Eigen::Vector3d q = posed.deformed ? Eigen::Vector3d(p[0], p[1], p[2])
                                                     : posed.rigid * Eigen::Vector3d(p[0], p[1], p[2]);
            for (int k = 0; k < 3; ++k) {
                box[2 * k] = std::min(box[2 * k], q[k]);
                box[2 * k + 1] = std::max(box[2 * k + 1], q[k]);
            }
            any = true;
        }
    }
    if (!any) return std::nullopt;
    return box;
}

Mesh posedMesh(const Mesh& neutral, const PosedStructure& posed) {
    Mesh out;
    out.triangles = neutral.triangles;
    if (posed.deformed && posed.positions.size() == neutral.positions.size()) {
        out.positions = posed.positions;
        out.normals = posed.normals;
        return out;
    }
    out.positions.reserve(neutral.positions.size());
    for (const auto& p : neutral.positions) {
        const Eigen::Vector3d q = posed.rigid * Eigen::Vector3d(p[0], p[1], p[2]);
        out.positions.push_back({float(q.x()), float(q.y()), float(q.z())});
    }
    const Eigen::Matrix3d rotation = posed.rigid.linear();
    for (const auto& n : neutral.normals) {
        const Eigen::Vector3d m = rotation * Eigen::Vector3d(n[0], n[1], n[2]);
        out.normals.push_back({float(m.x()), float(m.y()), float(m.z())});
    }
    return out;
}

}  // namespace av
