#include "ui/motion_plots_panel.h"

#include "ui/panel_layout.h"

#include "core/atlas/strain_display.h"
#include "core/motion/muscle_paths.h"

#include <imgui.h>

#include <algorithm>

namespace av {

void MotionHistory::add(const std::vector<MuscleState>& muscles) {
    mtuLengthMm.resize(muscles.size());
    tendonStrainPercent.resize(muscles.size());
    for (std::size_t i = 0; i < muscles.size(); ++i) {
        auto push = [](std::vector<float>& series, float value) {
            if (series.size() == kLength) series.erase(series.begin());
            series.push_back(value);
        };
        push(mtuLengthMm[i], float(muscles[i].mtu_length_m * 1000));
        push(tendonStrainPercent[i], float(muscles[i].tendon_strain * 100));
    }
}

namespace {

void plotSeries(const char* title, const std::vector<std::vector<float>>& series, const std::vector<MuscleState>& muscles,
                float lo, float hi, const char* unit) {
    ImGui::TextUnformatted(title);
    for (std::size_t i = 0; i < series.size() && i < muscles.size(); ++i) {
        char overlay[96];
        std::snprintf(overlay, sizeof overlay, "%s %.1f %s", muscles[i].id.c_str(), series[i].empty() ? 0.0f : series[i].back(), unit);
        ImGui::PlotLines(("##" + std::string(title) + std::to_string(i)).c_str(), series[i].data(), int(series[i].size()), 0,
                         overlay, lo, hi, ImVec2(-1, 34));
    }
}

// The hip x knee strain map: hip flexion across, knee flexion down, the current pose as a white ring.
void drawStrainMap(const StrainMap& map, const MotionState& motion) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x, height = width * 0.6f;
    const std::size_t columns = map.hip_flexion_deg.size(), rows = map.knee_flexion_deg.size();
    for (std::size_t k = 0; k < rows; ++k)
        for (std::size_t h = 0; h < columns; ++h) {
            const auto c = strainColor(map.at(h, k));
            const ImVec2 a(origin.x + width * h / columns, origin.y + height * k / rows);
            const ImVec2 b(origin.x + width * (h + 1) / columns + 1, origin.y + height * (k + 1) / rows + 1);
            draw->AddRectFilled(a, b, ImGui::ColorConvertFloat4ToU32(ImVec4(c[0], c[1], c[2], 1)));
        }
    auto fraction = [](double value, const std::vector<double>& axis) {
        return float((value - axis.front()) / (axis.back() - axis.front()));
    };
    const float px = origin.x + width * std::clamp(fraction(motion.pose.hip_flexion_deg, map.hip_flexion_deg), 0.0f, 1.0f);
    const float py = origin.y + height * std::clamp(fraction(motion.pose.knee_flexion_deg, map.knee_flexion_deg), 0.0f, 1.0f);
    draw->AddCircle(ImVec2(px, py), 6, IM_COL32(255, 255, 255, 255), 16, 2.5f);
    ImGui::Dummy(ImVec2(width, height));
    ImGui::TextDisabled("hip flexion %.0f..%.0f deg across, knee flexion %.0f..%.0f deg down", map.hip_flexion_deg.front(),
                        map.hip_flexion_deg.back(), map.knee_flexion_deg.front(), map.knee_flexion_deg.back());
}

}  // namespace

void drawMotionPlotsPanel(const UiContext& context, UiState& ui) {
    ui.history.add(context.muscles);
    placeNextWindow(PanelId::MotionPlots, ui);
    if (!ImGui::Begin("Muscle plots", nullptr, kDockedPanel)) {
        ImGui::End();
        return;
    }
    plotSeries("Musculotendon length", ui.history.mtuLengthMm, context.muscles, 200, 650, "mm");
    plotSeries("Tendon strain", ui.history.tendonStrainPercent, context.muscles, 0, 10, "%");
    const auto selected = context.state.selected;
    const std::string muscle = selected ? context.atlas.structures()[*selected].spec.muscle : "";
    if (const auto* definition = muscle.empty() ? nullptr : findMuscle(muscle)) {
        StrainMapCache& cache = ui.strainMap;
        if (cache.muscle != muscle || cache.activation != context.state.motion.activation) {
            cache = {muscle, context.state.motion.activation, tendonStrainMap(*definition, context.state.motion.activation)};
        }
        ImGui::Separator();
        ImGui::Text("Tendon strain of %s by pose", definition->display_name.c_str());
        drawStrainMap(cache.map, context.state.motion);
    } else {
        ImGui::Separator();
        ImGui::TextDisabled("Select a hamstring for its hip x knee strain map.");
    }
    ImGui::End();
}

}  // namespace av
