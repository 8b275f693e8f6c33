#pragma once
// Deforms a muscle or tendon mesh along its muscle's path as the pose changes. Each vertex is bound once to
// the nearest point of the neutral path polyline (segment + fraction along it) and an offset in a frame
// that is carried along the path with rotation-minimising frames (no twist about the path). At a posed
// path the vertex goes to the same fraction of the same segment with the same offset in the posed frame;
// its offset across the path is scaled by 1/sqrt(segment stretch), so the volume stays as the belly
// lengthens (and thins) or shortens (and thickens). Near interior path points the path is rounded (a
// quadratic Bezier) and the frames and the stretch blend between the two segments, so a bent path bends the
// surface instead of creasing it; near the origin and insertion the scale eases back to 1 so the
// attachments keep their size. Everything in the atlas frame, metres.
#include "core/mesh.h"

#include <Eigen/Core>
#include <Eigen/Geometry>

#include <cstdint>
#include <vector>

namespace av {

struct PathBindingOptions {
    double end_taper_m = 0.02;     // arc length from each path end over which the radial scale eases to 1
    double corner_blend_m = 0.02;  // half-width of the rounding at interior path points (at most half a segment)
};

// What bindToPath precomputes; applyPathBinding only reads it.
struct PathBinding {
    struct Vertex {
        std::uint32_t segment;  // path segment i, from point i to point i+1
        std::uint32_t other;    // the neighbouring segment it blends with (== segment when none)
        float t;                // 0..1 along the segment (clamped at the path's ends)
        float blend;            // weight of `other`: 0.5 at the shared corner, falling linearly to 0 at the half-width
        float taper;            // 0 at the path's ends .. 1: how much of the radial scale applies
        Vec3f offset;           // position minus path point, in the local frame: x along the path, y and z across
        Vec3f normal;           // the neutral normal in the local frame (unused when the mesh has no normals)
    };
    std::vector<Vertex> vertices;
    std::vector<Eigen::Vector3d> neutral_path;
    std::vector<double> neutral_lengths;              // per segment, metres
    std::vector<double> corner_half_widths;           // per path point: arc length rounded on each side, metres
    std::vector<Eigen::Quaterniond> neutral_frames;   // per segment: columns tangent, normal, binormal
    bool has_normals = false;
};

// Binds every vertex of `neutral_mesh` to `neutral_path` (at least 2 points, no zero-length segment;
// throws std::invalid_argument otherwise). Both in the atlas frame at the neutral pose.
PathBinding bindToPath(const Mesh& neutral_mesh, const std::vector<Eigen::Vector3d>& neutral_path,
                       const PathBindingOptions& options = {});

// Writes the posed positions (and normals, when the bound mesh had them) for `posed_path`, which must have
// as many points as the neutral path (e.g. displayPathPoints at the pose). Resizes the outputs to the
// vertex count; triangles are unchanged, so the renderer only updates its points and normals.
void applyPathBinding(const PathBinding& binding, const std::vector<Eigen::Vector3d>& posed_path,
                      std::vector<Vec3f>& positions, std::vector<Vec3f>& normals);

// bindToPath + applyPathBinding in one go, for a single pose.
Mesh deformAlongPath(const Mesh& neutral_mesh, const std::vector<Eigen::Vector3d>& neutral_path,
                     const std::vector<Eigen::Vector3d>& posed_path);

}  // namespace av
