#include "core/ultrasound/scan_candidates.h"

#include "core/ultrasound/structure_geometry.h"

#include <array>
#include <cmath>
#include <map>

namespace av {
namespace {

// Does the box (min, max) come within reach of the image: its projection on each axis of the image's
// box (plane axes) and on the world axes overlaps the image's. Conservative.
bool boxNearImage(const Eigen::Vector3d& lo, const Eigen::Vector3d& hi, const ScanGeometry& geometry,
                  double topMm, double bottomMm, double halfThicknessMm) {
    const Eigen::Vector3d centre = (lo + hi) / 2, half = (hi - lo) / 2;
    const Eigen::Vector3d imageCentre = geometry.toWorld(0, (topMm + bottomMm) / 2);
    const std::array<Eigen::Vector3d, 3> axes{geometry.lateral(), geometry.down(), geometry.elevation()};
    const std::array<double, 3> extents{geometry.widthMm() / 2 * 1e-3, (bottomMm - topMm) / 2 * 1e-3,
                                        halfThicknessMm * 1e-3};
    for (int k = 0; k < 3; ++k) {
        const double boxReach = std::abs(axes[k].x()) * half.x() + std::abs(axes[k].y()) * half.y() +
                                std::abs(axes[k].z()) * half.z();
        if (std::abs((centre - imageCentre).dot(axes[k])) > boxReach + extents[k]) return false;
    }
    for (int w = 0; w < 3; ++w) {
        double imageReach = 0;
        for (int k = 0; k < 3; ++k) imageReach += std::abs(axes[k][w]) * extents[k];
        if (std::abs(centre[w] - imageCentre[w]) > half[w] + imageReach) return false;
    }
    return true;
}

// A structure's fibre field, worked out once per mesh as posed and kept while its positions stay the same
// (checked by comparing them, which is much cheaper than the principal axes): the image follows a moving
// probe many times a second while the pose stays.
const FibreField& fibreField(const Mesh& mesh) {
    thread_local std::map<std::pair<const void*, std::size_t>, std::pair<std::vector<Vec3f>, FibreField>> cache;
    const auto key = std::make_pair(static_cast<const void*>(&mesh), mesh.positions.size());
    auto it = cache.find(key);
    if (it == cache.end() || it->second.first != mesh.positions) {
        if (cache.size() > 256) cache.clear();
        it = cache.insert_or_assign(key, std::make_pair(mesh.positions, FibreField(mesh.positions))).first;
    }
    return it->second.second;
}

}  // namespace

std::vector<Candidate> scanCandidates(const UltrasoundInput& input, const ScanGeometry& geometry,
                                      const UltrasoundSettings& settings, double halfThicknessMm) {
    const Atlas& atlas = input.scene.atlas();
    std::vector<Candidate> out;
    const double top = -kSearchBehindMm - settings.curvilinearRadiusMm;
    for (std::size_t i = 0; i < atlas.structures().size(); ++i) {
        const Structure& structure = atlas.structures()[i];
        if (structure.spec.isGroup() || structure.mesh.triangles.empty()) continue;
        if (!input.visible.empty() && (i >= input.visible.size() || !input.visible[i])) continue;
        const AcousticMaterial* material = input.materials.forStructure(structure.spec);
        if (input.pathology)
            if (const std::string name = input.pathology->material(structure.spec.id); !name.empty())
                if (const AcousticMaterial* changed = input.materials.named(name)) material = changed;
        if (!material) continue;  // acoustically transparent (a region of a bone's surface)
        const TriangleBvh& bvh = structureBvh(input.scene, input.pathology, i);
        if (bvh.empty() || !boxNearImage(bvh.boundsMin(), bvh.boundsMax(), geometry, top, geometry.depthMm(),
                                         halfThicknessMm))
            continue;
        Candidate candidate;
        candidate.index = i;
        candidate.bvh = &bvh;
        candidate.material = material;
        candidate.skin = structure.spec.kind == StructureKind::Skin;
        if (material->texture != TissueTexture::Speckle)
            candidate.fibres = fibreField(structureMesh(input.scene, input.pathology, i));
        out.push_back(std::move(candidate));
    }
    if (input.pathology)
        for (const Lesion& lesion : input.pathology->lesions())
            for (Candidate& candidate : out)
                if (atlas.structures()[candidate.index].spec.id == lesion.structure &&
                    input.materials.named(lesion.material))
                    candidate.lesions.push_back(&lesion);
    return out;
}

}  // namespace av
