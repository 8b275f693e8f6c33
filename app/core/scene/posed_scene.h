#pragma once
// The atlas as posed now: the poser's output for the level of detail on show, the four hamstrings' states
// at the pose and activation, and, on demand, each structure's full-detail mesh as posed with a BVH for
// geometric queries (seating the probe on the skin, the simulated ultrasound, the needle planner). The
// queries always use full detail so that what they report does not depend on what the screen shows. The
// pathologies shown change the meshes of both (core/pathology/pathology_geometry.h), so the 3D view, the
// image and the planner agree. Atlas frame, metres.
#include "core/atlas/atlas.h"
#include "core/atlas/atlas_poser.h"
#include "core/geometry/triangle_bvh.h"
#include "core/motion/muscle_state.h"
#include "core/motion/pose.h"
#include "core/pathology/pathology.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace av {

class PosedScene {
public:
    explicit PosedScene(const Atlas& atlas);
    PosedScene(const PosedScene&) = delete;
    PosedScene& operator=(const PosedScene&) = delete;

    // Poses the atlas; lowDetail: the detail the screen shows (the one posed() deforms); `left`: the left leg's
    // pose (it stands by default).
    void update(const Pose& pose, double activation, bool lowDetail, const Pose& left = {});
    // The pathologies shown: the structures they change get changed points, at both levels of detail.
    void setPathology(const PathologySet& set);
    const PathologySet& pathology() const { return pathology_; }

    const Atlas& atlas() const { return atlas_; }
    const Pose& pose() const { return pose_; }
    bool lowDetail() const { return lowDetail_; }
    // Changes at every update and pathology change, so a consumer can tell when to refresh.
    std::uint64_t version() const { return version_; }
    // A structure as posed, for the detail on show (one a pathology changes: deformed, with its changed points).
    const PosedStructure& posed(std::size_t index) const;
    const std::vector<MuscleState>& muscles() const { return muscles_; }

    // Full-detail mesh of a structure as posed (empty for a group); computed on first use after an update.
    const Mesh& mesh(std::size_t index) const;
    const TriangleBvh& bvh(std::size_t index) const;
    // Bounds of the structure (a group: its parts) as posed at the detail on show.
    std::optional<Bounds> bounds(std::size_t index) const;

private:
    struct Cached {
        std::uint64_t version = 0;
        Mesh mesh;
        std::unique_ptr<TriangleBvh> bvh;
    };
    const Cached& cached(std::size_t index, bool wantBvh) const;
    // The shown meshes the pathologies change, posed and changed.
    void changeShown();

    const Atlas& atlas_;
    AtlasPoser shown_;
    mutable AtlasPoser full_;  // full detail, posed only when a query needs it while low detail shows
    mutable std::uint64_t fullVersion_ = 0;
    Pose pose_, left_;
    bool lowDetail_ = false;
    std::uint64_t version_ = 0;
    std::vector<MuscleState> muscles_;
    mutable std::vector<Cached> cache_;
    PathologySet pathology_;
    std::map<std::size_t, PosedStructure> changedShown_;
};

// A structure's mesh placed by its posed state: the deformed points, or the neutral mesh moved rigidly.
Mesh posedMesh(const Mesh& neutral, const PosedStructure& posed);

}  // namespace av
