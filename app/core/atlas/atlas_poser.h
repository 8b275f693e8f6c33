#pragma once
// Moves the atlas into a pose. Each structure is bound once to what carries it: its segment (a rigid
// transform), its muscle's path (bones' attachments stay put while the belly lengthens and thins; Gait2392's
// for the hamstrings, the manifest's anchored path for gluteus maximus), or a
// blend of the segments it spans along the chain pelvis -> femur -> tibia (soft tissue crossing the hip, the
// knee or both); a blended nerve is then kept out of the bones. The tibia turns about the knee's axis fitted to
// the atlas's femur, and the patella glides down the femur where the atlas has the three bones of the knee.
// update() then gives, per structure, either a rigid transform or new positions and normals for the level of
// detail on show. Atlas frame, metres.
#include "core/atlas/atlas.h"
#include "core/motion/bone_collider.h"
#include "core/motion/gait2392.h"
#include "core/motion/kinematics.h"
#include "core/motion/knee_axis.h"
#include "core/motion/patella_tracking.h"
#include "core/motion/path_deformation.h"
#include "core/motion/pose.h"
#include "core/motion/segment_blend.h"

#include <Eigen/Geometry>

#include <memory>
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
    // `left` poses the left leg's bones (the soft tissue of the atlas is the right side's).
    void update(const Pose& pose, bool lowDetail, const Pose& left = {});
    const std::vector<PosedStructure>& posed() const { return posed_; }
    // The segments' transforms of the last update: the tibiae turned about the fitted knee axis, the patellae tracked.
    const SegmentTransforms& segments() const { return segments_; }
    // The knee's geometry the patella is tracked with, when the atlas has femur, patella and tibia.
    const std::optional<PatellaGeometry>& patellaGeometry() const { return patella_; }
    // The knee's flexion axis the tibiae turn about, when the atlas has a femur with condyles.
    const std::optional<KneeAxis>& kneeAxis() const { return knee_; }

private:
    enum class Carrier { Segment, Path, AnchoredPath, Blend };
    struct Binding {
        Carrier carrier = Carrier::Segment;
        const gait2392::MuscleDefinition* muscle = nullptr;
        std::optional<PathBinding> path, pathLow;
        std::optional<SegmentBlendBinding> blend, blendLow;
        std::vector<std::string> chain;  // the segments a blend or path spans, proximal first
        bool keptOut = false;            // moved out of the bones of `chain` after every pose
        // A blend's kept out: its neutral meshes moved out of the bones, and per vertex the one segment carrying it
        // (-1: blended).
        std::shared_ptr<const Mesh> clear, clearLow;
        std::vector<int> sole, soleLow;
    };
    const Atlas& atlas_;
    std::optional<PatellaGeometry> patella_;
    std::optional<KneeAxis> knee_;
    std::unique_ptr<BoneCollider> bones_;  // keeps soft tissue out of the bones (made for the first that needs it)
    SegmentTransforms segments_;
    std::vector<Binding> bindings_;
    std::vector<PosedStructure> posed_;
};

}  // namespace av
