#include "core/motion/segment_blend.h"

#include "core/motion/gait2392.h"
#include "core/motion/kinematics.h"

#include <algorithm>
#include <stdexcept>

namespace av {
namespace {

// A unit dual quaternion real + eps * dual for a rigid transform: dual = 0.5 * t * real.
struct DualQuaternion {
    Eigen::Vector4d real;  // (w, x, y, z)
    Eigen::Vector4d dual;
};

Eigen::Vector4d wxyz(const Eigen::Quaterniond& q) { return {q.w(), q.x(), q.y(), q.z()}; }
Eigen::Quaterniond quat(const Eigen::Vector4d& v) { return Eigen::Quaterniond(v[0], v[1], v[2], v[3]); }

DualQuaternion toDual(const Eigen::Isometry3d& x) {
    const Eigen::Quaterniond r(x.linear());
    const Eigen::Quaterniond t(0.0, x.translation().x(), x.translation().y(), x.translation().z());
    Eigen::Quaterniond d = t * r;
    d.coeffs() *= 0.5;
    return {wxyz(r), wxyz(d)};
}

// The blended transform's rotation and translation from an unnormalised blend of dual quaternions.
void toRigid(const DualQuaternion& blend, Eigen::Matrix3d& rotation, Eigen::Vector3d& translation) {
    const double norm = blend.real.norm();
    const Eigen::Quaterniond r = quat(blend.real / norm);
    const Eigen::Quaterniond d = quat(blend.dual / norm);
    rotation = r.toRotationMatrix();
    translation = 2.0 * (d * r.conjugate()).vec();
}

double smoothstep(double s) { return s * s * (3.0 - 2.0 * s); }

}  // namespace

BlendAxis hipBlendAxis() {
    const Eigen::Vector3d hip = gait2392::kHipCentreInPelvis;
    return {hip + Eigen::Vector3d(0.0, 0.03, 0.0), hip + Eigen::Vector3d(0.0, -0.12, 0.0)};
}

BlendAxis kneeBlendAxis() {
    const Eigen::Vector3d knee = tibiaToPelvis(Pose{}).translation();
    return {knee + Eigen::Vector3d(0.0, 0.02, 0.0), knee + Eigen::Vector3d(0.0, -0.10, 0.0)};
}

SegmentBlendBinding bindSegmentBlend(const Mesh& mesh, const std::vector<BlendAxis>& joints) {
    for (const BlendAxis& joint : joints)
        if (!((joint.distal_end - joint.proximal_end).squaredNorm() > 1e-18))
            throw std::invalid_argument("a blend axis needs two distinct points");
    SegmentBlendBinding b;
    b.segments = joints.size() + 1;
    b.has_normals = mesh.normals.size() == mesh.positions.size() && !mesh.positions.empty();
    b.weights.reserve(mesh.positions.size() * b.segments);
    for (const Vec3f& v : mesh.positions) {
        const Eigen::Vector3d p(v[0], v[1], v[2]);
        // The share still carried further down the chain after each joint.
        double onward = 1.0;
        for (const BlendAxis& joint : joints) {
            const Eigen::Vector3d axis = joint.distal_end - joint.proximal_end;
            const double s = smoothstep(std::clamp((p - joint.proximal_end).dot(axis) / axis.squaredNorm(), 0.0, 1.0));
            b.weights.push_back(static_cast<float>(onward * (1.0 - s)));
            onward *= s;
        }
        b.weights.push_back(static_cast<float>(onward));
    }
    return b;
}

void applySegmentBlend(const Mesh& mesh, const SegmentBlendBinding& b, const std::vector<Eigen::Isometry3d>& segments,
                       std::vector<Vec3f>& positions, std::vector<Vec3f>& normals) {
    if (b.weights.size() != mesh.positions.size() * b.segments)
        throw std::invalid_argument("the blend binding was made for another mesh");
    if (segments.size() != b.segments) throw std::invalid_argument("the blend needs one transform per segment");
    std::vector<DualQuaternion> duals;
    for (const Eigen::Isometry3d& x : segments) duals.push_back(toDual(x));
    positions.resize(mesh.positions.size());
    normals.resize(b.has_normals ? mesh.positions.size() : 0);
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        const float* w = &b.weights[v * b.segments];
        // q and -q are the same rotation: blend every segment on the side of the most weighted one.
        const std::size_t pivot = static_cast<std::size_t>(std::max_element(w, w + b.segments) - w);
        Eigen::Matrix3d rotation;
        Eigen::Vector3d translation;
        if (w[pivot] == 1.0f) {  // carried by one segment alone (most vertices): its own transform
            rotation = segments[pivot].linear();
            translation = segments[pivot].translation();
        } else {
            DualQuaternion sum{Eigen::Vector4d::Zero(), Eigen::Vector4d::Zero()};
            for (std::size_t s = 0; s < b.segments; ++s) {
                if (w[s] == 0.0f) continue;
                const double sign = duals[s].real.dot(duals[pivot].real) < 0 ? -1.0 : 1.0;
                sum.real += sign * w[s] * duals[s].real;
                sum.dual += sign * w[s] * duals[s].dual;
            }
            toRigid(sum, rotation, translation);
        }
        const Eigen::Vector3d q = rotation * Eigen::Vector3d(mesh.positions[v][0], mesh.positions[v][1], mesh.positions[v][2]) + translation;
        positions[v] = {static_cast<float>(q.x()), static_cast<float>(q.y()), static_cast<float>(q.z())};
        if (b.has_normals) {
            const Eigen::Vector3d n = rotation * Eigen::Vector3d(mesh.normals[v][0], mesh.normals[v][1], mesh.normals[v][2]);
            normals[v] = {static_cast<float>(n.x()), static_cast<float>(n.y()), static_cast<float>(n.z())};
        }
    }
}

}  // namespace av
