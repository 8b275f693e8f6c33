#pragma once
// What each pathology does to the anatomy, as pure functions of the posed meshes (atlas frame, metres):
// bursitis inflates the ischiogluteal bursa away from the bone (its deep face stays on the tendon, it
// bulges into gluteus maximus); tendinopathy thickens the proximal hamstring tendons along their normals
// near the origin; partial_tear is a thin fluid cleft in the conjoint tendon at its origin (a lesion
// volume, not a mesh change). The acoustic side (which material each changed structure takes) is here too,
// so 3D and image always agree.
#include "core/atlas/atlas.h"
#include "core/pathology/pathology.h"

#include <Eigen/Core>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace av {

// Changes `posedMesh`, the mesh of structure `index` as posed (either level of detail), for the
// pathologies in `set`: positions move and normals are recomputed. False (mesh untouched) when no
// pathology in the set changes that structure. Deterministic.
bool applyPathology(const Atlas& atlas, const PathologySet& set, std::size_t index, Mesh& posedMesh);
// Whether applyPathology would change the mesh of the structure with this id (to skip copying the others).
bool pathologyChangesMesh(const std::string& id, const PathologySet& set);

// A volume inside one structure that takes another acoustic material (partial_tear's cleft).
struct Lesion {
    std::string pathology;                              // the id that made it
    std::string structure;                              // id of the structure it lies in; outside it, no effect
    Eigen::Vector3d centre = Eigen::Vector3d::Zero();   // atlas frame, metres
    Eigen::Matrix3d axes = Eigen::Matrix3d::Identity(); // columns: the ellipsoid's unit axes
    Eigen::Vector3d radii = Eigen::Vector3d::Ones();    // metres, along each axis
    std::string material;                               // acoustic material name (data/ultrasound/materials.json)

    bool contains(const Eigen::Vector3d& p) const;
};

// The lesions of the set, placed on the posed meshes: `posedMesh(index)` gives a structure's posed mesh
// (after applyPathology). Empty when no pathology in the set makes one or its structures are absent.
std::vector<Lesion> pathologyLesions(const Atlas& atlas, const PathologySet& set,
                                     const std::function<const Mesh&(std::size_t)>& posedMesh);

// Acoustic material overrides of the set: structure id -> material name.
std::map<std::string, std::string> pathologyMaterials(const PathologySet& set);

// A closed ellipsoid mesh of a lesion (counter-clockwise from outside), to draw it in 3D.
Mesh lesionMesh(const Lesion& lesion, int rings = 12, int segments = 24);

}  // namespace av
