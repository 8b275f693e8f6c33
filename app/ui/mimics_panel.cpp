#include "ui/mimics_panel.h"

#include "ui/panel_layout.h"

#include <imgui.h>

namespace av {
namespace {

void drawMimic(const Mimic& mimic, const UiContext& context, Actions& actions) {
    const bool shown = context.explain.mimic == mimic.id;
    const ImVec4 color(mimic.color[0], mimic.color[1], mimic.color[2], 1.0f);
    ImGui::ColorButton("##swatch", color, ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoDragDrop);
    ImGui::SameLine();
    const Annotation* annotation = context.content.annotations.find(mimic.annotation);
    const char* explain = "Explain";
    const float explainWidth = annotation ? ImGui::CalcTextSize(explain).x + ImGui::GetStyle().FramePadding.x * 2 +
                                                ImGui::GetStyle().ItemSpacing.x
                                          : 0.0f;
    if (ImGui::Selectable(mimic.name.c_str(), shown, 0, ImVec2(ImGui::GetContentRegionAvail().x - explainWidth, 0)))
        actions.push_back({Action::Type::ShowMimic, shown ? std::string() : mimic.id});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(shown ? "Click to clear" : "Click to show where it is felt");
    if (annotation) {
        ImGui::SameLine();
        if (ImGui::SmallButton(explain)) actions.push_back({Action::Type::OpenAnnotation, annotation->id});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Read: %s", annotation->title.c_str());
    }
    if (!mimic.felt.empty()) {
        ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x);
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", mimic.felt.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x);
    }
}

}  // namespace

void drawMimicsPanel(const UiContext& context, UiState& ui, Actions& actions) {
    placeNextWindow(PanelSlot::Reading, ui);
    if (!ImGui::Begin("What else it could be", &ui.showMimics)) {
        ImGui::End();
        return;
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted("Conditions that can feel like hamstring tendon pain. Pick one to see where it is felt.");
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    if (context.content.mimics.empty()) ImGui::TextDisabled("No conditions were loaded.");
    for (const Mimic& mimic : context.content.mimics) {
        ImGui::PushID(mimic.id.c_str());
        drawMimic(mimic, context, actions);
        ImGui::PopID();
        ImGui::Spacing();
    }
    if (!context.explain.mimic.empty() && ImGui::Button("Clear")) actions.push_back({Action::Type::ShowMimic, ""});
    ImGui::End();
    // Closing the list takes its painting away too: nothing else on screen would say what the colour means.
    if (!ui.showMimics && !context.explain.mimic.empty()) actions.push_back({Action::Type::ShowMimic, ""});
}

}  // namespace av
