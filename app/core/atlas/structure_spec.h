#pragma once
// One structure as the atlas manifest declares it (see docs/atlas-format.md): what it is, which body
// segment it moves with, and how its mesh file is brought into the atlas frame.
#include <Eigen/Core>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace av {

enum class StructureKind { Bone, Muscle, Tendon, Ligament, Bursa, Nerve, Skin, Region };

// The one table of kinds that the manifest, the listings and the panels read.
struct KindInfo {
    StructureKind kind;
    const char* id;      // as manifests write it: "bone", "muscle", ...
    const char* plural;  // heading in the structure list and label of the layer switch: "Bones", ...
    bool layer;          // offered as a layer to peel away in "Seeing inside"
};
// Every kind, outside in: the order of the layer switches and of the structure list.
const std::vector<KindInfo>& structureKinds();
const KindInfo& kindInfo(StructureKind kind);

const char* kindName(StructureKind kind);
std::optional<StructureKind> parseKind(const std::string& text);

// Which side of the body a structure belongs to. Midline structures (the sacrum) have no side.
enum class Side { Right, Left, Midline };

const char* sideName(Side side);
std::optional<Side> parseSide(const std::string& text);
// For a manifest without a 'side' field (all of format version 1): left when the id or the segment ends in
// "_left" (the naming convention of version 1), else right.
Side inferSide(const std::string& id, const std::string& segment);

// A point of a soft tissue's display path, fixed to a segment (neutral atlas frame, metres).
struct PathAnchor {
    std::string segment;
    Eigen::Vector3d point = Eigen::Vector3d::Zero();
    bool operator==(const PathAnchor& other) const { return segment == other.segment && point == other.point; }
};

struct StructureSpec {
    std::string id;       // stable snake_case id; "_left" suffix for left-side copies
    std::string name;     // display name
    StructureKind kind = StructureKind::Region;
    std::string segment;  // body segment it moves with: pelvis, femur, tibia (+ "_left")
    Side side = Side::Right;
    std::string mesh;     // file relative to the manifest's folder; empty for a group
    std::string meshLow;  // optional lower level of detail, same rules
    std::array<float, 3> color{0.8f, 0.8f, 0.8f};  // sRGB, 0..1
    float opacity = 1.0f;
    double unitScale = 1.0;  // file unit -> metres
    // Row-major 4x4 applied after the unit scaling; brings the file into the atlas frame at the neutral
    // pose (translation in metres).
    Eigen::Matrix4d transform = Eigen::Matrix4d::Identity();
    std::string annotation;  // linked annotation id (defaults to id)
    std::string parent;      // the structure this is a part or region of
    std::string muscle;      // muscle-tendon unit whose path deforms this mesh
    std::vector<std::string> spans;  // segments soft tissue blends between
    // A path from origin to insertion through points fixed to segments: the mesh is deformed along it as the
    // segments move (lengthening thins it at constant volume), as a muscle is along its Gait2392 path.
    std::vector<PathAnchor> path;

    bool isGroup() const { return mesh.empty(); }
    bool onLeftSide() const { return side == Side::Left; }
};

// Field by field; transforms compare exactly (a written and re-read manifest gives the same numbers).
bool operator==(const StructureSpec& a, const StructureSpec& b);
inline bool operator!=(const StructureSpec& a, const StructureSpec& b) { return !(a == b); }

}  // namespace av
