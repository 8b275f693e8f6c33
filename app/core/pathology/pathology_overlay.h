#pragma once
// The pathologies laid over a posed scene for the simulated ultrasound and the needle planner: the
// changed full-detail meshes with their BVHs, the acoustic material overrides and the lesions. Built from
// a PosedScene at one version (pose); rebuild it when PosedScene::version() changes. Atlas frame, metres.
//
// If the scene itself applies the pathologies to its meshes (applyPathology inside PosedScene), build the
// overlay with meshes = false: it then only carries materials and lesions.
#include "core/geometry/triangle_bvh.h"
#include "core/pathology/pathology_geometry.h"
#include "core/scene/posed_scene.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace av {

class PathologyOverlay {
public:
    PathologyOverlay(const PosedScene& scene, PathologySet set, bool meshes = true);

    const PathologySet& set() const { return set_; }
    std::uint64_t sceneVersion() const { return sceneVersion_; }
    // The changed mesh / BVH of a structure, or nullptr when the pathologies leave it as posed.
    const Mesh* mesh(std::size_t index) const;
    const TriangleBvh* bvh(std::size_t index) const;
    // The acoustic material that replaces the structure's own (a name in materials.json), or "".
    std::string material(const std::string& id) const;
    const std::vector<Lesion>& lesions() const { return lesions_; }

private:
    struct Changed {
        Mesh mesh;
        std::unique_ptr<TriangleBvh> bvh;
    };
    PathologySet set_;
    std::uint64_t sceneVersion_ = 0;
    std::map<std::size_t, Changed> changed_;
    std::map<std::string, std::string> materials_;
    std::vector<Lesion> lesions_;
};

}  // namespace av
