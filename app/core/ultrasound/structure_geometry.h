#pragma once
// The geometric questions the ultrasound and the needle planner both ask of the posed structures: which
// mesh a structure has now (the pathology overlay's change, else the posed full-detail mesh), and over
// which stretches of a line it is inside. Atlas frame, metres.
#include "core/geometry/triangle_bvh.h"
#include "core/pathology/pathology_overlay.h"
#include "core/scene/posed_scene.h"

#include <Eigen/Core>

#include <vector>

namespace av {

const Mesh& structureMesh(const PosedScene& scene, const PathologyOverlay* pathology, std::size_t index);
const TriangleBvh& structureBvh(const PosedScene& scene, const PathologyOverlay* pathology, std::size_t index);

// A stretch of a line inside a closed mesh: t along the line from its origin (metres), with the outward
// normals where it enters and leaves. A line that starts inside has tIn = 0 and an enterNormal of zero;
// one still inside at maxT has tOut = maxT and a zero leaveNormal.
struct Inside {
    double tIn = 0, tOut = 0;
    Eigen::Vector3d enterNormal = Eigen::Vector3d::Zero(), leaveNormal = Eigen::Vector3d::Zero();
};

// Every stretch of origin + t * direction (unit), 0 <= t <= maxT, inside the mesh, nearest first. Inside
// and outside come from counting crossings with their direction, so a line that starts inside a mesh
// (a probe pressed slightly into the skin) still works. `hits` is scratch space.
void insideStretches(const TriangleBvh& bvh, const Eigen::Vector3d& origin, const Eigen::Vector3d& direction,
                     double maxT, std::vector<RayHit>& hits, std::vector<Inside>& out);

}  // namespace av
