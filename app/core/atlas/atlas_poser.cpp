#include "core/atlas/atlas_poser.h"

#include "core/motion/kinematics.h"
#include "core/motion/muscle_paths.h"

namespace av {
namespace {

const Mesh& meshFor(const Structure& structure, bool lowDetail) {
    return lowDetail && !structure.meshLow.triangles.empty() ? structure.meshLow : structure.mesh;
}

Eigen::Isometry3d segmentTransform(const SegmentTransforms& transforms, const std::string& segment) {
    return transforms.find(segment).value_or(Eigen::Isometry3d::Identity());
}

}  // namespace

AtlasPoser::AtlasPoser(const Atlas& atlas) : atlas_(atlas) {
    const Pose neutral;
    const BlendAxis hip = hipBlendAxis();
    for (const auto& structure : atlas.structures()) {
        Binding binding;
        const StructureSpec& spec = structure.spec;
        const bool hasMesh = !structure.mesh.positions.empty();
        if (hasMesh && !spec.muscle.empty() && (binding.muscle = findMuscle(spec.muscle))) {
            const auto path = displayPathPoints(*binding.muscle, neutral);
            binding.carrier = Carrier::Path;
            binding.path = bindToPath(structure.mesh, path);
            if (!structure.meshLow.positions.empty()) binding.pathLow = bindToPath(structure.meshLow, path);
        } else if (hasMesh && spec.spans.size() == 2 && spec.spans[0] != spec.spans[1]) {
            // Only the hip has a blend axis so far: tissue spanning the knee moves with its proximal segment.
            binding.proximal = spec.spans[0];
            binding.distal = spec.spans[1];
            if (binding.proximal == "pelvis" && binding.distal == "femur") {
                binding.carrier = Carrier::Blend;
                binding.blend = bindSegmentBlend(structure.mesh, hip.proximal_end, hip.distal_end);
                if (!structure.meshLow.positions.empty())
                    binding.blendLow = bindSegmentBlend(structure.meshLow, hip.proximal_end, hip.distal_end);
            }
        }
        bindings_.push_back(std::move(binding));
    }
    posed_.resize(atlas.structures().size());
}

void AtlasPoser::update(const Pose& pose, bool lowDetail) {
    const SegmentTransforms transforms = segmentTransforms(pose);
    for (std::size_t i = 0; i < bindings_.size(); ++i) {
        const Structure& structure = atlas_.structures()[i];
        const Binding& binding = bindings_[i];
        PosedStructure& out = posed_[i];
        const bool low = lowDetail && !structure.meshLow.positions.empty();
        out.deformed = binding.carrier != Carrier::Segment;
        switch (binding.carrier) {
        case Carrier::Segment:
            out.rigid = segmentTransform(transforms, structure.spec.segment);
            break;
        case Carrier::Path: {
            const auto path = displayPathPoints(*binding.muscle, pose);
            applyPathBinding(low ? *binding.pathLow : *binding.path, path, out.positions, out.normals);
            break;
        }
        case Carrier::Blend:
            applySegmentBlend(meshFor(structure, low), low ? *binding.blendLow : *binding.blend,
                              segmentTransform(transforms, binding.proximal), segmentTransform(transforms, binding.distal),
                              out.positions, out.normals);
            break;
        }
    }
}

}  // namespace av
