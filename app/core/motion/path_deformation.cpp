#include "core/motion/path_deformation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace av {
namespace {

double smoothstep(double x) {
    x = std::clamp(x, 0.0, 1.0);
    return x * x * (3.0 - 2.0 * x);
}

// The rotation-minimising frames of a polyline: the first segment's frame comes from `first`, each next
// one is the previous turned by the smallest rotation that takes the previous tangent onto the new one
// (a discrete rotation-minimising frame, so nothing twists about the path).
std::vector<Eigen::Quaterniond> transportFrames(const std::vector<Eigen::Vector3d>& tangents,
                                                const Eigen::Quaterniond& first) {
    std::vector<Eigen::Quaterniond> frames(tangents.size());
    frames[0] = first;
    for (std::size_t i = 1; i < tangents.size(); ++i)
        frames[i] = (Eigen::Quaterniond::FromTwoVectors(tangents[i - 1], tangents[i]) * frames[i - 1]).normalized();
    return frames;
}

std::vector<Eigen::Vector3d> unitTangents(const std::vector<Eigen::Vector3d>& path, std::vector<double>* lengths) {
    std::vector<Eigen::Vector3d> tangents;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        const Eigen::Vector3d d = path[i + 1] - path[i];
        const double l = d.norm();
        if (!(l > 1e-12)) throw std::invalid_argument("a muscle path has a zero-length segment");
        tangents.push_back(d / l);
        if (lengths) lengths->push_back(l);
    }
    return tangents;
}

// A frame whose first column is the tangent; the normal is the axis least aligned with it, made
// perpendicular. Only the neutral path's first segment needs one: the rest follow by transport.
Eigen::Quaterniond frameAround(const Eigen::Vector3d& tangent) {
    Eigen::Vector3d helper = Eigen::Vector3d::Zero();
    Eigen::Index least = 0;
    tangent.cwiseAbs().minCoeff(&least);
    helper[least] = 1.0;
    const Eigen::Vector3d normal = (helper - helper.dot(tangent) * tangent).normalized();
    Eigen::Matrix3d m;
    m << tangent, normal, tangent.cross(normal);
    return Eigen::Quaterniond(m);
}

// Normalised linear blend of two unit quaternions on the same hemisphere: cheap and smooth for the small
// angles between neighbouring segments' frames.
Eigen::Quaterniond nlerp(const Eigen::Quaterniond& a, Eigen::Quaterniond b, double w) {
    if (a.dot(b) < 0.0) b.coeffs() = -b.coeffs();
    return Eigen::Quaterniond((1.0 - w) * a.coeffs() + w * b.coeffs()).normalized();
}

// The point of the path a vertex hangs from. On a straight stretch: the fraction t of its segment. Near an
// interior point j it follows a quadratic Bezier that rounds the corner, from b_j before it to b_j after it
// (b_j = the corner's half-width in neutral arc length, times each segment's stretch, so the rounding meets
// the straight parts exactly where they start): a bent path gives a bend, not a crease. The Bezier parameter
// is 0.5 at the corner and moves linearly with the distance from it, as the vertex's blend weight does.
Eigen::Vector3d centreOnPath(const std::vector<Eigen::Vector3d>& path, const std::vector<double>& lengths,
                             const std::vector<double>& half_widths, const PathBinding::Vertex& v) {
    const std::size_t i = v.segment;
    if (v.other == v.segment) return path[i] + static_cast<double>(v.t) * (path[i + 1] - path[i]);
    const std::size_t j = std::max(v.segment, v.other);  // the corner point between the two segments
    const double tau = v.other < v.segment ? 1.0 - v.blend : static_cast<double>(v.blend);
    const Eigen::Vector3d a = path[j] - (half_widths[j] / lengths[j - 1]) * (path[j] - path[j - 1]);
    const Eigen::Vector3d b = path[j] + (half_widths[j] / lengths[j]) * (path[j + 1] - path[j]);
    return (1.0 - tau) * (1.0 - tau) * a + 2.0 * tau * (1.0 - tau) * path[j] + tau * tau * b;
}

Vec3f toVec3f(const Eigen::Vector3d& v) {
    return {static_cast<float>(v.x()), static_cast<float>(v.y()), static_cast<float>(v.z())};
}

}  // namespace

PathBinding bindToPath(const Mesh& mesh, const std::vector<Eigen::Vector3d>& path, const PathBindingOptions& options) {
    if (path.size() < 2) throw std::invalid_argument("a muscle path needs at least 2 points");
    PathBinding b;
    b.neutral_path = path;
    const std::vector<Eigen::Vector3d> tangents = unitTangents(path, &b.neutral_lengths);
    b.neutral_frames = transportFrames(tangents, frameAround(tangents[0]));
    b.has_normals = mesh.normals.size() == mesh.positions.size() && !mesh.positions.empty();

    const std::size_t segments = tangents.size();
    std::vector<double> start(segments, 0.0);  // arc length at each segment's start
    for (std::size_t i = 1; i < segments; ++i) start[i] = start[i - 1] + b.neutral_lengths[i - 1];
    const double total = start.back() + b.neutral_lengths.back();
    // Blend half-width at each interior point j (between segments j-1 and j); 0 at the ends.
    b.corner_half_widths.assign(path.size(), 0.0);
    for (std::size_t j = 1; j < segments; ++j)
        b.corner_half_widths[j] =
            std::min({options.corner_blend_m, 0.5 * b.neutral_lengths[j - 1], 0.5 * b.neutral_lengths[j]});

    b.vertices.reserve(mesh.positions.size());
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        const Eigen::Vector3d p(mesh.positions[v][0], mesh.positions[v][1], mesh.positions[v][2]);
        // Nearest point on the polyline; the first of equally near segments wins (both give the same
        // result at a shared corner).
        std::size_t seg = 0;
        double t = 0.0, best = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < segments; ++i) {
            const double ti = std::clamp((p - path[i]).dot(tangents[i]) / b.neutral_lengths[i], 0.0, 1.0);
            const double d2 = (p - (path[i] + ti * b.neutral_lengths[i] * tangents[i])).squaredNorm();
            if (d2 < best) {
                best = d2;
                seg = i;
                t = ti;
            }
        }
        PathBinding::Vertex bv{};
        bv.segment = bv.other = static_cast<std::uint32_t>(seg);
        bv.t = static_cast<float>(t);
        // Blend with the neighbour across the nearer interior corner, fading out over its half-width.
        const double toStart = t * b.neutral_lengths[seg], toEnd = (1.0 - t) * b.neutral_lengths[seg];
        if (seg > 0 && (toStart <= toEnd || seg + 1 == segments)) {
            const double w = b.corner_half_widths[seg];
            if (toStart < w) {
                bv.other = static_cast<std::uint32_t>(seg - 1);
                bv.blend = static_cast<float>(0.5 * (1.0 - toStart / w));
            }
        } else if (seg + 1 < segments) {
            const double w = b.corner_half_widths[seg + 1];
            if (toEnd < w) {
                bv.other = static_cast<std::uint32_t>(seg + 1);
                bv.blend = static_cast<float>(0.5 * (1.0 - toEnd / w));
            }
        }
        const double arc = start[seg] + t * b.neutral_lengths[seg];
        bv.taper = options.end_taper_m > 0.0
                       ? static_cast<float>(smoothstep(std::min(arc, total - arc) / options.end_taper_m))
                       : 1.0f;
        // Offset and normal in the (blended) local frame. Stored from the float-rounded parameters, so
        // applying the binding to the neutral path gives the vertex back.
        const Eigen::Matrix3d frame =
            nlerp(b.neutral_frames[bv.segment], b.neutral_frames[bv.other], bv.blend).toRotationMatrix();
        const Eigen::Vector3d onPath = centreOnPath(path, b.neutral_lengths, b.corner_half_widths, bv);
        bv.offset = toVec3f(frame.transpose() * (p - onPath));
        if (b.has_normals) {
            const Eigen::Vector3d n(mesh.normals[v][0], mesh.normals[v][1], mesh.normals[v][2]);
            bv.normal = toVec3f(frame.transpose() * n);
        }
        b.vertices.push_back(bv);
    }
    return b;
}

void applyPathBinding(const PathBinding& b, const std::vector<Eigen::Vector3d>& posed,
                      std::vector<Vec3f>& positions, std::vector<Vec3f>& normals) {
    if (posed.size() != b.neutral_path.size())
        throw std::invalid_argument("the posed path must have as many points as the neutral path");
    std::vector<double> lengths;
    const std::vector<Eigen::Vector3d> tangents = unitTangents(posed, &lengths);
    const std::vector<Eigen::Vector3d> neutralTangents = unitTangents(b.neutral_path, nullptr);
    // The posed first frame is the neutral one turned by the smallest rotation between the first tangents.
    const std::vector<Eigen::Quaterniond> frames = transportFrames(
        tangents, Eigen::Quaterniond::FromTwoVectors(neutralTangents[0], tangents[0]) * b.neutral_frames[0]);
    const std::size_t segments = tangents.size();
    std::vector<double> stretch(segments);
    for (std::size_t i = 0; i < segments; ++i) stretch[i] = lengths[i] / b.neutral_lengths[i];

    // Per segment, once: its frame as a matrix and its cross-section scale. Only the vertices in a corner's
    // rounding need a blended frame of their own.
    std::vector<Eigen::Matrix3d> rotations(segments);
    std::vector<double> inverseRoot(segments);
    for (std::size_t i = 0; i < segments; ++i) {
        rotations[i] = frames[i].toRotationMatrix();
        inverseRoot[i] = 1.0 / std::sqrt(stretch[i]);
    }
    positions.resize(b.vertices.size());
    normals.resize(b.has_normals ? b.vertices.size() : 0);
    for (std::size_t v = 0; v < b.vertices.size(); ++v) {
        const PathBinding::Vertex& bv = b.vertices[v];
        Eigen::Matrix3d blended;
        double scale = inverseRoot[bv.segment];  // volume: a slab stretched by lambda keeps its volume when
        const Eigen::Matrix3d* r = &rotations[bv.segment];  // its cross-section shrinks by 1/lambda
        if (bv.other != bv.segment) {
            blended = nlerp(frames[bv.segment], frames[bv.other], bv.blend).toRotationMatrix();
            r = &blended;
            scale = 1.0 / std::sqrt((1.0 - bv.blend) * stretch[bv.segment] + bv.blend * stretch[bv.other]);
        }
        const double across = 1.0 + bv.taper * (scale - 1.0);
        const Eigen::Vector3d local(bv.offset[0], across * bv.offset[1], across * bv.offset[2]);
        positions[v] = toVec3f(centreOnPath(posed, b.neutral_lengths, b.corner_half_widths, bv) + *r * local);
        if (b.has_normals) {
            // Normals take the inverse transpose of the local scaling diag(1, across, across), renormalised.
            const double inv = 1.0 / across;
            const Eigen::Vector3d n(bv.normal[0], bv.normal[1] * inv, bv.normal[2] * inv);
            normals[v] = toVec3f(*r * (n * (1.0 / std::sqrt(n.squaredNorm()))));
        }
    }
}

Mesh deformAlongPath(const Mesh& neutral_mesh, const std::vector<Eigen::Vector3d>& neutral_path,
                     const std::vector<Eigen::Vector3d>& posed_path) {
    Mesh posed;
    posed.triangles = neutral_mesh.triangles;
    applyPathBinding(bindToPath(neutral_mesh, neutral_path), posed_path, posed.positions, posed.normals);
    return posed;
}

}  // namespace av
