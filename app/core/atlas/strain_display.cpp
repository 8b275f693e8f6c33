#include "core/atlas/strain_display.h"

#include <algorithm>
#include <cmath>

namespace av {

std::vector<std::optional<double>> structureStrains(const Atlas& atlas, const std::vector<MuscleState>& states) {
    auto strainOf = [&](const std::string& id) -> std::optional<double> {
        for (const auto& state : states)
            if (state.id == id) return state.tendon_strain;
        return std::nullopt;
    };
    const ProximalTendonStrain proximal = proximalTendonStrain(states);
    std::vector<std::optional<double>> strains;
    for (const auto& structure : atlas.structures()) {
        const StructureSpec& spec = structure.spec;
        const bool proximalPart = spec.kind == StructureKind::Tendon && spec.parent == "proximal_hamstring_tendon";
        if (proximalPart)
            strains.push_back(spec.muscle == "semimembranosus" ? proximal.semimembranosus : proximal.conjoint);
        else
            strains.push_back(spec.muscle.empty() ? std::nullopt : strainOf(spec.muscle));
    }
    return strains;
}

std::array<float, 3> strainColor(double strain) {
    // Viridis at nine evenly spaced stops (#440154 ... #fde725).
    static const std::array<std::array<float, 3>, 9> stops = {{
        {0.267f, 0.004f, 0.329f},
        {0.278f, 0.176f, 0.482f},
        {0.231f, 0.322f, 0.545f},
        {0.173f, 0.447f, 0.557f},
        {0.129f, 0.569f, 0.549f},
        {0.157f, 0.682f, 0.502f},
        {0.369f, 0.788f, 0.384f},
        {0.678f, 0.863f, 0.188f},
        {0.992f, 0.906f, 0.145f}}};
    const double t = std::clamp(std::isfinite(strain) ? strain / kStrainScaleMax : 0.0, 0.0, 1.0) * (stops.size() - 1);
    const std::size_t i = std::min<std::size_t>(std::size_t(t), stops.size() - 2);
    const float f = float(t - double(i));
    std::array<float, 3> color{};
    for (int c = 0; c < 3; ++c) color[c] = stops[i][c] + (stops[i + 1][c] - stops[i][c]) * f;
    return color;
}

}  // namespace av
