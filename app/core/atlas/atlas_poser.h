#pragma once
// Moves the atlas into a pose. Each structure is bound once to what carries it: its segment (a rigid
// transform), its muscle's path (bones' attachments stay put while the belly lengthens and thins), or a
// blend of two segments (soft tissue crossing the hip). update() then gives, per structure, either a
// rigid transform or new positions and normals for the level of detail on show. Atlas frame, metres.
#include "core/atlas/atlas.h"
#include "core/motion/gait2392.h"
#include "core/motion/path_deformation.h"
#include "core/motion/pose.h"
#include "core/motion/segment_blend.h"

#include <Eigen/Geometry>

#include <optional>
#include <vector>

namespace av {

struct PosedStructure {
    Eigen::Isometry3d rigid = Eigen::Isometry3d::Identity();  // neutral atlas frame -> posed atlas frame
    bool deformed = false;                                    // positions/normals replace the mesh's
    std::vector<Vec3f> positions, normals;
};

class AtlasPoser {
public:
    explicit AtlasPoser(const Atlas& atlas);

    // Poses every structure; lowDetail picks which meshes are deformed (those on show).
    void update(const Pose& pose, bool lowDetail);
    const std::vector<PosedStructure>& posed() const { return posed_; }

private:
    enum class Carrier { Segment, Path, Blend };
    struct Binding {
        Carrier carrier = Carrier::Segment;
        const gait2392::MuscleDefinition* muscle = nullptr;
        std::optional<PathBinding> path, pathLow;
        std::optional<SegmentBlendBinding> blend, blendLow;
        std::string proximal, distal;  // segments a blend spans
    };
    const Atlas& atlas_;
    std::vector<Binding> bindings_;
    std::vector<PosedStructure> posed_;
};

}  // namespace av
