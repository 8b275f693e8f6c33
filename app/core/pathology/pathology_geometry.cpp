#include "core/pathology/pathology_geometry.h"

#include "core/mesh_io/vertex_normals.h"

#include <Eigen/Eigenvalues>
#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>
#include <optional>

namespace av {
namespace {

constexpr const char* kBursa = "ischiogluteal_bursa";
constexpr const char* kConjoint = "conjoint_tendon";
constexpr const char* kSemimembranosus = "semimembranosus_tendon";
constexpr const char* kTuberosity = "ischial_tuberosity";

// Bursitis: the sac about 2.4 times as thick (a 6 mm bursa becomes about 14 mm) and a quarter wider.
constexpr double kBursaThickening = 2.4;
constexpr double kBursaWidening = 1.25;
// Tendinopathy: 2.5 mm thicker all round within 20 mm of the footprint, tapering to nothing at 50 mm.
constexpr double kTendonSwellingM = 0.0025;
constexpr double kSwellingFullM = 0.020, kSwellingEndM = 0.050;
// Partial tear: a cleft 14 x 8 x 3 mm about the tendon's first 15 mm.
constexpr double kTearReachM = 0.015;
const Eigen::Vector3d kTearRadiiM(0.007, 0.004, 0.0015);

Eigen::Vector3d point(const Vec3f& v) { return {v[0], v[1], v[2]}; }

struct Principal {
    Eigen::Vector3d mean = Eigen::Vector3d::Zero();
    Eigen::Matrix3d axes = Eigen::Matrix3d::Identity();  // columns by increasing spread
};

Principal principal(const std::vector<Eigen::Vector3d>& points) {
    Principal out;
    if (points.empty()) return out;
    for (const auto& p : points) out.mean += p;
    out.mean /= double(points.size());
    Eigen::Matrix3d covariance = Eigen::Matrix3d::Zero();
    for (const auto& p : points) covariance += (p - out.mean) * (p - out.mean).transpose();
    out.axes = Eigen::SelfAdjointEigenSolver<Eigen::Matrix3d>(covariance).eigenvectors();
    return out;
}

std::vector<Eigen::Vector3d> points(const Mesh& mesh) {
    std::vector<Eigen::Vector3d> out;
    out.reserve(mesh.positions.size());
    for (const auto& v : mesh.positions) out.push_back(point(v));
    return out;
}

// Centroid of a structure's neutral mesh (regions and the bursa are carried by the pelvis, which is the
// atlas frame itself, so neutral is posed).
std::optional<Eigen::Vector3d> centroidOf(const Atlas& atlas, const std::string& id) {
    const Structure* structure = atlas.find(id);
    if (!structure || structure->mesh.positions.empty()) return std::nullopt;
    return principal(points(structure->mesh)).mean;
}

// Where a tendon leaves the bone: its footprint's centroid, else the tuberosity's.
std::optional<Eigen::Vector3d> originOf(const Atlas& atlas, const std::string& tendon) {
    const std::string footprint = tendon == kConjoint ? "conjoint_tendon_footprint" : "semimembranosus_footprint";
    if (auto c = centroidOf(atlas, footprint)) return c;
    return centroidOf(atlas, kTuberosity);
}

void inflateBursa(const Atlas& atlas, Mesh& mesh) {
    const Principal shape = principal(points(mesh));
    Eigen::Vector3d thin = shape.axes.col(0);
    // Away from the bone: the deep face stays where it is and the sac bulges superficially.
    if (const auto bone = centroidOf(atlas, kTuberosity); bone && (shape.mean - *bone).dot(thin) < 0) thin = -thin;
    double deepest = 1e30;
    for (const auto& v : mesh.positions) deepest = std::min(deepest, (point(v) - shape.mean).dot(thin));
    for (auto& v : mesh.positions) {
        const Eigen::Vector3d q = point(v) - shape.mean;
        const double along = q.dot(thin);
        const Eigen::Vector3d moved =
            shape.mean + kBursaWidening * (q - along * thin) + (deepest + (along - deepest) * kBursaThickening) * thin;
        v = {float(moved.x()), float(moved.y()), float(moved.z())};
    }
}

void thickenTendon(const Eigen::Vector3d& origin, Mesh& mesh) {
    if (mesh.normals.size() != mesh.positions.size()) mesh.normals = mesh_io::vertexNormals(mesh);
    for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
        const Eigen::Vector3d p = point(mesh.positions[i]);
        const double distance = (p - origin).norm();
        const double weight = std::clamp((kSwellingEndM - distance) / (kSwellingEndM - kSwellingFullM), 0.0, 1.0);
        const Eigen::Vector3d moved = p + kTendonSwellingM * weight * point(mesh.normals[i]);
        mesh.positions[i] = {float(moved.x()), float(moved.y()), float(moved.z())};
    }
}

}  // namespace

bool pathologyChangesMesh(const std::string& id, const PathologySet& set) {
    return (set.count(Pathology::Bursitis) && id == kBursa) ||
           (set.count(Pathology::Tendinopathy) && (id == kConjoint || id == kSemimembranosus));
}

bool applyPathology(const Atlas& atlas, const PathologySet& set, std::size_t index, Mesh& posedMesh) {
    if (index >= atlas.structures().size() || posedMesh.positions.empty()) return false;
    const std::string& id = atlas.structures()[index].spec.id;
    if (!pathologyChangesMesh(id, set)) return false;
    bool changed = false;
    if (set.count(Pathology::Bursitis) && id == kBursa) {
        inflateBursa(atlas, posedMesh);
        changed = true;
    }
    if (set.count(Pathology::Tendinopathy) && (id == kConjoint || id == kSemimembranosus))
        if (const auto origin = originOf(atlas, id)) {
            thickenTendon(*origin, posedMesh);
            changed = true;
        }
    if (changed) posedMesh.normals = mesh_io::vertexNormals(posedMesh);
    return changed;
}

bool Lesion::contains(const Eigen::Vector3d& p) const {
    const Eigen::Vector3d local = axes.transpose() * (p - centre);
    return local.cwiseQuotient(radii).squaredNorm() <= 1.0;
}

std::vector<Lesion> pathologyLesions(const Atlas& atlas, const PathologySet& set,
                                     const std::function<const Mesh&(std::size_t)>& posedMesh) {
    std::vector<Lesion> lesions;
    if (set.count(Pathology::PartialTear)) {
        const auto index = atlas.indexOf(kConjoint);
        const auto origin = originOf(atlas, kConjoint);
        if (index && origin) {
            // The tendon's first part: its vertices near the footprint; the cleft lies along it.
            std::vector<Eigen::Vector3d> near;
            for (const auto& v : posedMesh(*index).positions)
                if ((point(v) - *origin).norm() < kTearReachM + 0.01) near.push_back(point(v));
            if (near.size() >= 4) {
                const Principal shape = principal(near);
                Lesion cleft;
                cleft.pathology = pathologyId(Pathology::PartialTear);
                cleft.structure = kConjoint;
                cleft.centre = shape.mean;
                // Longest radius along the tendon, thinnest across its thickness.
                cleft.axes.col(0) = shape.axes.col(2);
                cleft.axes.col(1) = shape.axes.col(1);
                cleft.axes.col(2) = cleft.axes.col(0).cross(cleft.axes.col(1));  // right-handed
                cleft.radii = kTearRadiiM;
                cleft.material = "fluid";
                lesions.push_back(cleft);
            }
        }
    }
    return lesions;
}

std::map<std::string, std::string> pathologyMaterials(const PathologySet& set) {
    std::map<std::string, std::string> materials;
    if (set.count(Pathology::Tendinopathy)) {
        materials[kConjoint] = "tendon_tendinopathic";
        materials[kSemimembranosus] = "tendon_tendinopathic";
    }
    return materials;
}

Mesh lesionMesh(const Lesion& lesion, int rings, int segments) {
    Mesh mesh;
    rings = std::max(rings, 3);
    segments = std::max(segments, 3);
    auto add = [&](const Eigen::Vector3d& unit) {
        const Eigen::Vector3d p = lesion.centre + lesion.axes * unit.cwiseProduct(lesion.radii);
        const Eigen::Vector3d n = (lesion.axes * unit.cwiseQuotient(lesion.radii)).normalized();
        mesh.positions.push_back({float(p.x()), float(p.y()), float(p.z())});
        mesh.normals.push_back({float(n.x()), float(n.y()), float(n.z())});
    };
    add({0, 0, 1});
    for (int r = 1; r < rings; ++r)
        for (int s = 0; s < segments; ++s) {
            const double theta = M_PI * r / rings, phi = 2 * M_PI * s / segments;
            add({std::sin(theta) * std::cos(phi), std::sin(theta) * std::sin(phi), std::cos(theta)});
        }
    add({0, 0, -1});
    const auto ring = [&](int r, int s) { return std::uint32_t(1 + (r - 1) * segments + (s % segments)); };
    const auto bottom = std::uint32_t(mesh.positions.size() - 1);
    const bool mirrored = lesion.axes.determinant() < 0;  // a left-handed frame turns the surface inside out
    for (int s = 0; s < segments; ++s) {
        mesh.triangles.push_back({0, ring(1, s), ring(1, s + 1)});
        for (int r = 1; r + 1 < rings; ++r) {
            mesh.triangles.push_back({ring(r, s), ring(r + 1, s), ring(r + 1, s + 1)});
            mesh.triangles.push_back({ring(r, s), ring(r + 1, s + 1), ring(r, s + 1)});
        }
        mesh.triangles.push_back({ring(rings - 1, s), bottom, ring(rings - 1, s + 1)});
    }
    if (mirrored)
        for (auto& t : mesh.triangles) std::swap(t[1], t[2]);
    return mesh;
}

}  // namespace av
