#pragma once
// Places a BodyParts3D scan in the atlas frame. BodyParts3D: millimetres, one whole-body frame (+X the
// subject's left, +Y posterior, +Z superior). Atlas: metres, the Gait2392 pelvis frame (X anterior,
// Y superior, Z right). The axes are permuted first, scan (x, y, z) -> (-y, z, -x), then one similarity
// transform (rotation, uniform scale, translation) is fitted by ICP of the scan's hip bone and femur onto
// the reference atlas's, so every structure keeps its place relative to the bones.
#include "core/mesh.h"

#include <Eigen/Core>

namespace atlasimport {

// Scan millimetre axes -> atlas axes (a rotation, no scale): the "(-y, z, -x)" permutation.
Eigen::Matrix4d scanAxes();

struct Registration {
    // Scan coordinates in metres (after the unit) -> atlas frame: the fitted similarity times scanAxes().
    Eigen::Matrix4d transform = Eigen::Matrix4d::Identity();
    double scale = 1;  // of the similarity: the scanned body's size relative to the reference
};

// scanBones: the scan's hip bone and femur together, in the file's millimetres. referenceBones: the
// reference atlas's hip bone and femur together, atlas frame (metres).
Registration registerScan(const av::Mesh& scanBones, const av::Mesh& referenceBones);

// Mean distance (metres) from the vertices of `from` to the surface of `to`.
double meanDistanceToSurface(const av::Mesh& from, const av::Mesh& to);
// The same, averaged both ways.
double meanSurfaceDistance(const av::Mesh& a, const av::Mesh& b);

// Both meshes in one (positions, normals and triangles appended).
av::Mesh merged(const av::Mesh& a, const av::Mesh& b);

}  // namespace atlasimport
