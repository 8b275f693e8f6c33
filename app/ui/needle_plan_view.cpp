#include "ui/needle_plan_view.h"

#include "core/palette.h"
#include "core/ultrasound/settings_limits.h"

#include <imgui.h>

#include <cstdio>

namespace av {
namespace {

ImVec4 colorOf(const std::array<float, 3>& c) { return {c[0], c[1], c[2], 1.0f}; }

// A structure's name for an id ("" reads as plain soft tissue).
std::string nameOf(const UiContext& context, const std::string& id) {
    if (id.empty()) return "soft tissue (no structure)";
    const Structure* structure = context.atlas.find(id);
    return structure ? structure->spec.name : id;
}

void drawRow(const char* label, const std::string& value) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", label);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", value.c_str());
}

std::string millimetres(const std::optional<double>& value) {
    if (!value) return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.1f mm", *value);
    return text;
}

// In plane or not, said in words and with a mark, so colour is never the only cue.
void drawInPlane(const NeedlePlan& plan) {
    if (!plan.inPlane) {
        ImGui::TextDisabled("In plane: no probe to compare with");
        return;
    }
    if (*plan.inPlane) {
        ImGui::TextColored(colorOf(palette::kInPlane), "[in plane] the whole shaft lies in the image's slice");
    } else {
        ImGui::TextColored(colorOf(palette::kNeedleCaution), "[out of plane] %.1f mm from the image plane (slice %.1f mm)",
                           plan.planeOffsetMm, plan.sliceThicknessMm);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Out of plane the needle shows faintly or not at all: the tip may be elsewhere");
    }
}

void drawPlan(const UiContext& context, const NeedlePlan& plan) {
    drawInPlane(plan);
    if (ImGui::BeginTable("##plan", 2, ImGuiTableFlags_SizingStretchProp)) {
        drawRow("Tip in", nameOf(context, plan.tipStructure));
        drawRow("Tip to bursa", millimetres(plan.tipToTargetMm));
        std::string nerve = millimetres(plan.minNerveDistanceMm);
        if (plan.minNerveDistanceMm && !plan.nearestNerve.empty()) nerve += " (" + nameOf(context, plan.nearestNerve) + ")";
        drawRow("Shaft to nerve", nerve);
        drawRow("Tuberosity to nerve", millimetres(plan.tuberosityToNerveMm));
        std::string crossed;
        for (const auto& id : plan.crossed) crossed += (crossed.empty() ? "" : ", ") + nameOf(context, id);
        drawRow("Passes through", crossed.empty() ? "-" : crossed);
        ImGui::EndTable();
    }
    if (plan.warnings.empty()) {
        ImGui::TextColored(colorOf(palette::kInPlane), "No warnings");
        return;
    }
    for (const NeedleWarning& warning : plan.warnings) {
        const auto& color = isDangerWarning(warning.kind) ? palette::kNeedleDanger : palette::kNeedleCaution;
        ImGui::TextColored(colorOf(color), "%s", warning.kind.c_str());
        ImGui::SameLine();
        ImGui::TextWrapped("%s", warning.message.c_str());
    }
}

void drawNeedlePresets(const UiContext& context, Actions& actions) {
    const auto& needles = context.content.instrumentPresets.needles;
    if (needles.empty()) return;
    const std::string& current = context.state.needlePreset;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
    if (ImGui::BeginCombo("Needle preset", current.empty() ? "(placed by hand)" : current.c_str())) {
        for (const auto& [id, preset] : needles) {
            if (ImGui::Selectable(id.c_str(), id == current)) actions.push_back(act::UseNeedlePreset{id});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", preset.description.c_str());
        }
        ImGui::EndCombo();
    }
}

}  // namespace

void drawNeedleSection(const UiContext& context, UiState& ui, Actions& actions) {
    if (!ImGui::CollapsingHeader("Needle", ImGuiTreeNodeFlags_DefaultOpen)) return;
    if (ui.placingNeedle == NeedlePick::Entry) {
        ImGui::TextColored(colorOf(palette::kHighlight), "Click the skin where the needle goes in");
    } else if (ui.placingNeedle == NeedlePick::Target) {
        ImGui::TextColored(colorOf(palette::kHighlight), "Click the structure the tip should reach");
    } else if (ImGui::Button("Place needle")) {
        ui.placingNeedle = NeedlePick::Entry;
        ui.placingProbe = false;
    }
    if (ui.placingNeedle != NeedlePick::None) {
        ImGui::SameLine();
        if (ImGui::Button("Cancel##needle")) ui.placingNeedle = NeedlePick::None;
    } else if (context.state.instruments.needle) {
        ImGui::SameLine();
        if (ImGui::Button("Remove needle")) actions.push_back(act::ClearNeedle{});
    }
    drawNeedlePresets(context, actions);
    const UltrasoundLimits& limits = kUltrasoundLimits;
    float margin = float(context.state.nearNerveMm);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
    if (ImGui::SliderFloat("Nerve margin", &margin, float(limits.minNearNerveMm), float(limits.maxNearNerveMm), "%.0f mm"))
        actions.push_back(act::SetNearNerveMargin{margin});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Warn (near_nerve) when the shaft comes closer than this to a nerve");
    if (const NeedlePlan* plan = context.ultrasound.plan) drawPlan(context, *plan);
    else ImGui::TextDisabled("No needle: place one, or choose a preset");
}

}  // namespace av
