#pragma once
// The loaded atlas: every structure of the manifest whose mesh could be read, with its mesh in the
// atlas frame (metres; X anterior, Y superior, Z right) at the neutral pose.
#include "core/atlas/manifest.h"
#include "core/mesh.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace av {

struct Structure {
    StructureSpec spec;
    Mesh mesh;     // full detail, atlas frame; empty for a group
    Mesh meshLow;  // lower level of detail, or empty when the manifest gives none
    std::vector<std::size_t> parts;  // indices of the structures that name this one as parent
};

class Atlas {
public:
    Atlas() = default;
    Atlas(std::string name, std::vector<Structure> structures);

    const std::string& name() const { return name_; }
    const std::vector<Structure>& structures() const { return structures_; }
    std::optional<std::size_t> indexOf(const std::string& id) const;
    const Structure* find(const std::string& id) const;
    // The structure's own mesh indices to draw for it: itself, or for a group all of its parts.
    std::vector<std::size_t> drawnIndices(std::size_t index) const;
    // Bounds in metres in the atlas frame at the neutral pose (a group: the union of its parts).
    Bounds bounds(std::size_t index) const;
    // Triangles at full detail (a group: the sum of its parts).
    std::size_t triangleCount(std::size_t index) const;
    std::vector<std::string> ids() const;

private:
    std::string name_;
    std::vector<Structure> structures_;
    std::unordered_map<std::string, std::size_t> indexById_;
};

// Reads the manifest and every mesh it names (the lower levels of detail only when asked: a headless
// image at full detail need not wait for them), on a bounded pool of loaderThreadCount() threads. A mesh
// that is missing or corrupt is reported in diagnostics (naming the file and the problem) and its
// structure left out. Throws ManifestError when the manifest itself cannot be used.
Atlas loadAtlas(const std::filesystem::path& manifestPath, Diagnostics& diagnostics, bool lowDetail = true);

// Brings a mesh from file units and frame into the atlas frame: scale, then the affine transform;
// normals follow, and a mirroring transform keeps triangles facing outwards.
Mesh toAtlasFrame(Mesh mesh, double unitScale, const Eigen::Matrix4d& transform);

Bounds meshBounds(const Mesh& mesh);

// The side of the body a mesh in the atlas frame lies on: midline when it reaches at least 1 cm into
// both halves of the body (Z = 0 is the midsagittal plane), else the half holding the centre of its bounds.
Side sideOfBounds(const Bounds& bounds);

// "" when every id names a structure of the atlas, else a message for the user that names the option
// and suggests the closest id.
std::string checkStructureIds(const Atlas& atlas, const std::vector<std::string>& ids, const std::string& option);

}  // namespace av
