#include "core/motion/segment_blend.h"

#include "core/motion/gait2392.h"

#include <algorithm>
#include <stdexcept>

namespace av {

SegmentBlendBinding bindSegmentBlend(const Mesh& mesh, const Eigen::Vector3d& proximal_end,
                                     const Eigen::Vector3d& distal_end) {
    const Eigen::Vector3d axis = distal_end - proximal_end;
    const double length2 = axis.squaredNorm();
    if (!(length2 > 1e-18)) throw std::invalid_argument("the blend axis needs two distinct points");
    SegmentBlendBinding b;
    b.has_normals = mesh.normals.size() == mesh.positions.size() && !mesh.positions.empty();
    b.distal_weight.reserve(mesh.positions.size());
    for (const Vec3f& p : mesh.positions) {
        const double s = std::clamp((Eigen::Vector3d(p[0], p[1], p[2]) - proximal_end).dot(axis) / length2, 0.0, 1.0);
        b.distal_weight.push_back(static_cast<float>(s * s * (3.0 - 2.0 * s)));
    }
    return b;
}

BlendAxis hipBlendAxis() {
    const Eigen::Vector3d hip = gait2392::kHipCentreInPelvis;
    return {hip + Eigen::Vector3d(0.0, 0.03, 0.0), hip + Eigen::Vector3d(0.0, -0.12, 0.0)};
}

void applySegmentBlend(const Mesh& mesh, const SegmentBlendBinding& b, const Eigen::Isometry3d& proximal,
                       const Eigen::Isometry3d& distal, std::vector<Vec3f>& positions, std::vector<Vec3f>& normals) {
    if (b.distal_weight.size() != mesh.positions.size())
        throw std::invalid_argument("the blend binding was made for another mesh");
    positions.resize(mesh.positions.size());
    normals.resize(b.has_normals ? mesh.positions.size() : 0);
    const Eigen::Matrix<double, 3, 4> a = proximal.matrix().topRows<3>();
    const Eigen::Matrix<double, 3, 4> d = distal.matrix().topRows<3>();
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        const double w = b.distal_weight[v];
        const Eigen::Matrix<double, 3, 4> m = (1.0 - w) * a + w * d;
        const Eigen::Vector3d p(mesh.positions[v][0], mesh.positions[v][1], mesh.positions[v][2]);
        const Eigen::Vector3d q = m.leftCols<3>() * p + m.col(3);
        positions[v] = {static_cast<float>(q.x()), static_cast<float>(q.y()), static_cast<float>(q.z())};
        if (b.has_normals) {
            // The blended linear part is close to a rotation; renormalising is enough for shading.
            const Eigen::Vector3d n =
                (m.leftCols<3>() * Eigen::Vector3d(mesh.normals[v][0], mesh.normals[v][1], mesh.normals[v][2]))
                    .normalized();
            normals[v] = {static_cast<float>(n.x()), static_cast<float>(n.y()), static_cast<float>(n.z())};
        }
    }
}

}  // namespace av
