#include "core/pathology/pathology_overlay.h"

namespace av {

PathologyOverlay::PathologyOverlay(const PosedScene& scene, PathologySet set, bool meshes)
    : set_(std::move(set)), sceneVersion_(scene.version()), materials_(pathologyMaterials(set_)) {
    const Atlas& atlas = scene.atlas();
    if (meshes)
        for (std::size_t i = 0; i < atlas.structures().size(); ++i) {
            if (!pathologyChangesMesh(atlas.structures()[i].spec.id, set_)) continue;
            Mesh mesh = scene.mesh(i);
            if (!applyPathology(atlas, set_, i, mesh)) continue;
            auto bvh = std::make_unique<TriangleBvh>(mesh.positions, mesh.triangles);
            changed_[i] = Changed{std::move(mesh), std::move(bvh)};
        }
    lesions_ = pathologyLesions(atlas, set_, [&](std::size_t i) -> const Mesh& {
        const Mesh* changed = mesh(i);
        return changed ? *changed : scene.mesh(i);
    });
}

const Mesh* PathologyOverlay::mesh(std::size_t index) const {
    const auto it = changed_.find(index);
    return it == changed_.end() ? nullptr : &it->second.mesh;
}

const TriangleBvh* PathologyOverlay::bvh(std::size_t index) const {
    const auto it = changed_.find(index);
    return it == changed_.end() ? nullptr : it->second.bvh.get();
}

std::string PathologyOverlay::material(const std::string& id) const {
    const auto it = materials_.find(id);
    return it == materials_.end() ? std::string() : it->second;
}

}  // namespace av
