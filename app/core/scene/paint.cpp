#include "core/scene/paint.h"

#include <algorithm>
#include <cmath>

namespace av {
namespace {

// Colours of one mesh: each vertex mixes the structure's colour towards the strongest condition's colour
// by that condition's intensity there, which is also its paint strength.
std::vector<Rgba8> paintMesh(const Mesh& mesh, const Rgb& base, const std::vector<const Mimic*>& mimics) {
    std::vector<Rgba8> colors(mesh.positions.size());
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        const auto& p = mesh.positions[v];
        double weight = 0;
        Rgb paint = base;
        for (const Mimic* mimic : mimics) {
            const double w = std::clamp(painAt(*mimic, {p[0], p[1], p[2]}), 0.0, 1.0);
            if (w > weight) {
                weight = w;
                paint = mimic->color;
            }
        }
        for (int k = 0; k < 3; ++k)
            colors[v][k] = std::uint8_t(std::lround(255.0 * (base[k] * (1 - weight) + paint[k] * weight)));
        colors[v][3] = std::uint8_t(std::lround(255.0 * weight));
    }
    return colors;
}

}  // namespace

std::optional<PaintedStructure> paintPainRegions(const Structure& structure, const std::vector<const Mimic*>& mimics) {
    if (structure.spec.kind != StructureKind::Skin || structure.mesh.positions.empty()) return std::nullopt;
    std::vector<std::string> ids;
    for (const Mimic* mimic : mimics) {
        const bool touches = std::any_of(structure.mesh.positions.begin(), structure.mesh.positions.end(), [&](const Vec3f& p) {
            return painAt(*mimic, {p[0], p[1], p[2]}) > 0;
        });
        if (touches) ids.push_back(mimic->id);
    }
    if (ids.empty()) return std::nullopt;
    auto colors = std::make_shared<VertexColors>();
    colors->full = paintMesh(structure.mesh, structure.spec.color, mimics);
    colors->low = structure.meshLow.positions.empty() ? colors->full : paintMesh(structure.meshLow, structure.spec.color, mimics);
    return PaintedStructure{std::move(colors), std::move(ids)};
}

}  // namespace av
