#include "core/atlas/atlas_poser.h"

#include "core/motion/kinematics.h"
#include "core/motion/muscle_paths.h"

#include <algorithm>

namespace av {
namespace {

const Mesh& meshFor(const Structure& structure, bool lowDetail) {
    return lowDetail && !structure.meshLow.triangles.empty() ? structure.meshLow : structure.mesh;
}

Eigen::Isometry3d segmentTransform(const SegmentTransforms& transforms, const std::string& segment) {
    return transforms.find(segment).value_or(Eigen::Isometry3d::Identity());
}

// The right leg's chain and the joints between its links.
const std::vector<std::string>& legChain() {
    static const std::vector<std::string> chain{"pelvis", "femur", "tibia"};
    return chain;
}

// The part of the chain from the first to the last segment spanned (empty when they are not two links of it).
std::vector<std::string> spannedChain(const std::vector<std::string>& spans) {
    const auto& chain = legChain();
    if (spans.size() < 2) return {};
    const auto first = std::find(chain.begin(), chain.end(), spans.front());
    const auto last = std::find(chain.begin(), chain.end(), spans.back());
    if (first == chain.end() || last == chain.end() || first >= last) return {};
    return {first, last + 1};
}

std::vector<BlendAxis> jointsAlong(const std::vector<std::string>& chain) {
    const std::vector<BlendAxis> joints{hipBlendAxis(), kneeBlendAxis()};
    const auto first = std::find(legChain().begin(), legChain().end(), chain.front()) - legChain().begin();
    return {joints.begin() + first, joints.begin() + first + long(chain.size()) - 1};
}

// Per vertex, the index of the one segment that carries it alone, or -1 when it is blended.
std::vector<int> soleCarriers(const SegmentBlendBinding& blend) {
    std::vector<int> sole(blend.weights.size() / blend.segments, -1);
    for (std::size_t v = 0; v < sole.size(); ++v)
        for (std::size_t s = 0; s < blend.segments; ++s)
            if (blend.weights[v * blend.segments + s] == 1.0f) sole[v] = int(s);
    return sole;
}

// The left leg's transform from the right leg's (reflection through the sagittal plane), and back.
Eigen::Isometry3d mirrored(const Eigen::Isometry3d& x) {
    Eigen::Isometry3d m = Eigen::Isometry3d::Identity();
    m.linear()(2, 2) = -1.0;
    return m * x * m;
}

// Soft tissue with a body of its own is kept out of the bones; skin, bursae and marked regions are not (a
// bursa lies on a bone, a region is drawn on one).
bool keptOutOfBones(StructureKind kind) {
    return kind == StructureKind::Muscle || kind == StructureKind::Tendon || kind == StructureKind::Ligament ||
           kind == StructureKind::Nerve;
}

const Structure* findStructure(const Atlas& atlas, const char* id) {
    for (const auto& s : atlas.structures())
        if (s.spec.id == id) return &s;
    return nullptr;
}

}  // namespace

AtlasPoser::AtlasPoser(const Atlas& atlas) : atlas_(atlas) {
    const Pose neutral;
    const Structure* femur = findStructure(atlas, "femur");
    const Structure* patella = findStructure(atlas, "patella");
    const Structure* tibia = findStructure(atlas, "tibia");
    if (femur) knee_ = fitKneeAxis(femur->mesh);
    if (femur && patella && tibia) patella_ = measurePatellaGeometry(femur->mesh, patella->mesh, tibia->mesh);
    for (const auto& structure : atlas.structures()) {
        Binding binding;
        const StructureSpec& spec = structure.spec;
        const bool hasMesh = !structure.mesh.positions.empty();
        binding.keptOut = hasMesh && keptOutOfBones(spec.kind);
        if (binding.keptOut && !bones_) bones_ = std::make_unique<BoneCollider>(atlas);
        // A path carries the whole mesh past every bone of the leg it spans, so no vertex skips one; it is bound
        // to its neutral mesh moved out of them (an attachment drawn into its bone then lies on it).
        const auto bindPath = [&](const std::vector<Eigen::Vector3d>& path) {
            const std::vector<std::string> spanned = spannedChain(spec.spans);
            binding.chain = spanned.empty() ? legChain() : spanned;
            const auto rest = [&](const Mesh& mesh) {
                return binding.keptOut ? bones_->correctNeutral(mesh, binding.chain) : mesh;
            };
            binding.path = bindToPath(rest(structure.mesh), path);
            if (!structure.meshLow.positions.empty()) binding.pathLow = bindToPath(rest(structure.meshLow), path);
        };
        if (hasMesh && !spec.muscle.empty() && (binding.muscle = findMuscle(spec.muscle))) {
            binding.carrier = Carrier::Path;
            bindPath(displayPathPoints(*binding.muscle, neutral));
        } else if (hasMesh && spec.path.size() >= 2) {
            std::vector<Eigen::Vector3d> path;
            for (const PathAnchor& anchor : spec.path) path.push_back(anchor.point);
            binding.carrier = Carrier::AnchoredPath;
            // Not kept out of the bones: pushed out, gluteus maximus lost 7% of its volume at 80-90 degrees of
            // hip flexion and came back towards the sit bone (docs/validation.md, section 8).
            binding.keptOut = false;
            bindPath(path);
        } else if (hasMesh && !(binding.chain = spannedChain(spec.spans)).empty()) {
            const std::vector<BlendAxis> joints = jointsAlong(binding.chain);
            binding.carrier = Carrier::Blend;
            binding.blend = bindSegmentBlend(structure.mesh, joints);
            if (!structure.meshLow.positions.empty()) binding.blendLow = bindSegmentBlend(structure.meshLow, joints);
            if (binding.keptOut) {
                binding.clear = std::make_shared<Mesh>(bones_->correctNeutral(structure.mesh, binding.chain));
                binding.sole = soleCarriers(*binding.blend);
                if (binding.blendLow) {
                    binding.clearLow = std::make_shared<Mesh>(bones_->correctNeutral(structure.meshLow, binding.chain));
                    binding.soleLow = soleCarriers(*binding.blendLow);
                }
            }
        } else {
            binding.keptOut = false;  // rigid on its segment, like its bones
        }
        bindings_.push_back(std::move(binding));
    }
    posed_.resize(atlas.structures().size());
}

void AtlasPoser::update(const Pose& pose, bool lowDetail, const Pose& left) {
    segments_ = segmentTransforms(pose, left);
    if (knee_) {
        segments_.tibia = tibiaAboutKneeAxis(*knee_, segments_.femur, kneeAngleR(pose));
        segments_.tibia_left = mirrored(tibiaAboutKneeAxis(*knee_, mirrored(segments_.femur_left), kneeAngleR(left)));
    }
    if (patella_) {
        segments_.patella = trackPatella(*patella_, segments_.femur, segments_.tibia);
        segments_.patella_left =
            mirrored(trackPatella(*patella_, mirrored(segments_.femur_left), mirrored(segments_.tibia_left)));
    }
    // Where the hamstrings' paths end: on the tibia as drawn.
    static const Eigen::Isometry3d tibiaNeutral = tibiaToPelvis(Pose{});
    const Eigen::Isometry3d tibiaInPelvis = segments_.tibia * tibiaNeutral;
    const SegmentTransforms& transforms = segments_;
    std::vector<Eigen::Isometry3d> chain;
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
            const auto path = displayPathPoints(*binding.muscle, pose, tibiaInPelvis);
            applyPathBinding(low ? *binding.pathLow : *binding.path, path, out.positions, out.normals);
            if (binding.keptOut) bones_->pushOut(out.positions, transforms, binding.chain, {});
            break;
        }
        case Carrier::AnchoredPath: {
            std::vector<Eigen::Vector3d> path;
            for (const PathAnchor& anchor : structure.spec.path)
                path.push_back(segmentTransform(transforms, anchor.segment) * anchor.point);
            applyPathBinding(low ? *binding.pathLow : *binding.path, path, out.positions, out.normals);
            break;
        }
        case Carrier::Blend:
            chain.clear();
            for (const std::string& segment : binding.chain) chain.push_back(segmentTransform(transforms, segment));
            if (const auto& clear = low ? binding.clearLow : binding.clear) {
                applySegmentBlend(*clear, low ? *binding.blendLow : *binding.blend, chain, out.positions, out.normals);
                bones_->pushOut(out.positions, transforms, binding.chain, low ? binding.soleLow : binding.sole);
            } else {
                applySegmentBlend(meshFor(structure, low), low ? *binding.blendLow : *binding.blend, chain, out.positions,
                                  out.normals);
            }
            break;
        }
    }
}

}  // namespace av
