#include "ui/ultrasound_panel.h"

#include "core/palette.h"
#include "core/ultrasound/settings_limits.h"
#include "ui/needle_plan_view.h"
#include "ui/panel_layout.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace av {
namespace {

// The image at its true shape (millimetres wide by deep), as large as the panel's width and a share of its
// height allow, with the depth written beside it.
void drawImage(const UiContext& context) {
    const UltrasoundView& view = context.ultrasound;
    if (!view.image || view.texture == 0 || view.image->depthMm <= 0) {
        ImGui::TextDisabled("No image: place the probe on the skin");
        return;
    }
    const UltrasoundImage& image = *view.image;
    const float aspect = float(image.widthMm / image.depthMm);
    const float maxWidth = ImGui::GetContentRegionAvail().x, maxHeight = ImGui::GetWindowHeight() * 0.45f;
    const float height = std::min(maxHeight, maxWidth / aspect), width = height * aspect;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (maxWidth - width) / 2);
    ImGui::Image(reinterpret_cast<ImTextureID>(view.texture), ImVec2(width, height));
    if (ImGui::IsItemHovered()) {
        // The depth under the mouse, from the skin: rows are linear in depth.
        const float y = (ImGui::GetIO().MousePos.y - ImGui::GetItemRectMin().y) / height;
        ImGui::SetTooltip("%.1f mm below the skin", std::clamp(y, 0.0f, 1.0f) * image.depthMm);
    }
    ImGui::TextDisabled("%.0f mm wide, %.0f mm deep; the skin at the top", image.widthMm, image.depthMm);
}

void drawProbePresets(const UiContext& context, Actions& actions) {
    const auto& probes = context.content.instrumentPresets.probes;
    if (probes.empty()) return;
    const std::string& current = context.state.probePreset;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
    if (ImGui::BeginCombo("Probe preset", current.empty() ? "(placed by hand)" : current.c_str())) {
        for (const auto& [id, preset] : probes) {
            if (ImGui::Selectable(id.c_str(), id == current)) actions.push_back(act::UseProbePreset{id});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", preset.description.c_str());
        }
        ImGui::EndCombo();
    }
}

void drawProbe(const UiContext& context, UiState& ui, Actions& actions) {
    if (!ImGui::CollapsingHeader("Probe", ImGuiTreeNodeFlags_DefaultOpen)) return;
    const auto& probe = context.state.instruments.probe;
    if (ui.placingProbe) {
        ImGui::TextColored(ImVec4(palette::kHighlight[0], palette::kHighlight[1], palette::kHighlight[2], 1),
                           "Click the skin where the probe goes");
        ImGui::SameLine();
        if (ImGui::Button("Cancel##probe")) ui.placingProbe = false;
    } else if (ImGui::Button(probe ? "Move probe" : "Place probe")) {
        ui.placingProbe = true;
        ui.placingNeedle = NeedlePick::None;
    }
    if (probe) {
        ImGui::SameLine();
        if (ImGui::Button("Remove probe")) actions.push_back(act::ClearProbe{});
    }
    drawProbePresets(context, actions);
    if (!probe) return;
    int type = probe->type == ProbeType::Linear ? 0 : 1;
    if (ImGui::RadioButton("Linear", &type, 0)) actions.push_back(act::SetProbeType{ProbeType::Linear});
    ImGui::SameLine();
    if (ImGui::RadioButton("Curvilinear", &type, 1)) actions.push_back(act::SetProbeType{ProbeType::Curvilinear});
    ImGui::SameLine();
    if (ImGui::Button("Turn 90 (T)")) actions.push_back(act::MoveProbe{0, 0, 90, 0});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Transverse <-> longitudinal");
    float tilt = float(probe->tiltDeg);
    if (ImGui::SliderFloat("Tilt ([ ])", &tilt, -30.0f, 30.0f, "%.0f deg"))
        actions.push_back(act::MoveProbe{0, 0, 0, double(tilt) - probe->tiltDeg});
    ImGui::TextDisabled("Slide: Shift + arrow keys in the 3D view");
}

// Sliders over the scanner's settings; any change asks for all of them at once.
void drawScanner(const UiContext& context, Actions& actions) {
    if (!ImGui::CollapsingHeader("Scanner", ImGuiTreeNodeFlags_DefaultOpen)) return;
    UltrasoundSettings settings = context.state.ultrasound;
    const UltrasoundLimits& limits = kUltrasoundLimits;
    bool changed = false;
    float depth = float(settings.depthCm), frequency = float(settings.frequencyMhz), gain = float(settings.gainDb);
    changed |= ImGui::SliderFloat("Depth", &depth, float(limits.minDepthCm), float(limits.maxDepthCm), "%.1f cm");
    changed |= ImGui::SliderFloat("Frequency", &frequency, float(limits.minFrequencyMhz), float(limits.maxFrequencyMhz),
                                  "%.1f MHz");
    changed |= ImGui::SliderFloat("Gain", &gain, -float(limits.maxGainDb), float(limits.maxGainDb), "%.0f dB");
    settings.depthCm = depth;
    settings.frequencyMhz = frequency;
    settings.gainDb = gain;
    ImGui::TextDisabled("Time-gain compensation, skin to depth (dB)");
    if (settings.tgcDb.empty()) settings.tgcDb.assign(6, 0.0);
    const float sliderHeight = ImGui::GetFrameHeight() * 3.5f;
    for (std::size_t i = 0; i < settings.tgcDb.size(); ++i) {
        if (i) ImGui::SameLine();
        ImGui::PushID(int(i));
        float value = float(settings.tgcDb[i]);
        if (ImGui::VSliderFloat("##tgc", ImVec2(ImGui::GetFrameHeight() * 1.2f, sliderHeight), &value,
                                -float(limits.maxTgcDb), float(limits.maxTgcDb), "%.0f")) {
            settings.tgcDb[i] = value;
            changed = true;
        }
        ImGui::PopID();
    }
    if (changed) actions.push_back(act::SetUltrasound{settings});
}

void drawPathology(const UiContext& context, Actions& actions) {
    if (!ImGui::CollapsingHeader("Pathology", ImGuiTreeNodeFlags_DefaultOpen)) return;
    const struct {
        Pathology pathology;
        const char* label;
        const char* tooltip;
    } toggles[] = {
        {Pathology::Bursitis, "Bursitis", "A distended bursa full of fluid (dark on the image)"},
        {Pathology::Tendinopathy, "Tendinopathy", "A thickened, darker tendon that has lost its fibre pattern"},
        {Pathology::PartialTear, "Partial tear", "A dark cleft of fluid in the tendon at the bone"},
    };
    for (const auto& toggle : toggles) {
        bool on = context.state.pathology.count(toggle.pathology) > 0;
        if (ImGui::Checkbox(toggle.label, &on)) {
            PathologySet set = context.state.pathology;
            if (on) set.insert(toggle.pathology);
            else set.erase(toggle.pathology);
            actions.push_back(act::SetPathology{set});
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", toggle.tooltip);
        ImGui::SameLine();
    }
    ImGui::NewLine();
}

}  // namespace

void drawUltrasoundPanel(const UiContext& context, UiState& ui, Actions& actions) {
    placeNextWindow(PanelId::Ultrasound, ui);
    // Docked in the right column while a probe is placed; "Remove probe" puts it away.
    if (!ImGui::Begin("Ultrasound", nullptr, kDockedPanel)) {
        ImGui::End();
        return;
    }
    drawImage(context);
    drawProbe(context, ui, actions);
    drawScanner(context, actions);
    drawNeedleSection(context, ui, actions);
    drawPathology(context, actions);
    ImGui::End();
}

}  // namespace av
