#include "ui/mimics_panel.h"

#include "ui/panel_layout.h"

#include <imgui.h>

#include <algorithm>

namespace av {
namespace {

// One condition as a card the width of the panel: clicking anywhere on it shows or clears it; the Explain
// button in its corner opens its text.
void drawMimic(const Mimic& mimic, const UiContext& context, Actions& actions) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const bool shown = context.explain.mimic == mimic.id;
    const Annotation* annotation = context.content.annotations.find(mimic.annotation);
    const char* explain = "Explain";
    const float swatch = ImGui::GetFrameHeight();
    const float textLeft = swatch + style.ItemSpacing.x;
    const float width = ImGui::GetContentRegionAvail().x;
    const float explainWidth = annotation ? ImGui::CalcTextSize(explain).x + style.FramePadding.x * 2 : 0.0f;
    const float nameWidth = width - textLeft - explainWidth - style.ItemSpacing.x;
    const float nameHeight = std::max(
        swatch, ImGui::CalcTextSize(mimic.name.c_str(), nullptr, false, nameWidth).y + style.FramePadding.y * 2);
    const float feltHeight =
        mimic.felt.empty() ? 0.0f : ImGui::CalcTextSize(mimic.felt.c_str(), nullptr, false, width - textLeft).y;
    const ImVec2 start = ImGui::GetCursorPos();

    if (ImGui::Selectable("##mimic", shown, ImGuiSelectableFlags_AllowItemOverlap,
                          ImVec2(width, nameHeight + style.ItemSpacing.y + feltHeight)))
        actions.push_back({Action::Type::ShowMimic, shown ? std::string() : mimic.id});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(shown ? "Click to clear" : "Click to show where it is felt");

    ImGui::SetCursorPos(start);
    const ImVec4 color(mimic.color[0], mimic.color[1], mimic.color[2], 1.0f);
    ImGui::ColorButton("##swatch", color, ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoDragDrop);
    ImGui::SetCursorPos(ImVec2(start.x + textLeft, start.y + style.FramePadding.y));
    ImGui::PushTextWrapPos(start.x + textLeft + nameWidth);
    ImGui::TextUnformatted(mimic.name.c_str());
    ImGui::PopTextWrapPos();
    if (annotation) {
        ImGui::SetCursorPos(ImVec2(start.x + width - explainWidth, start.y));
        if (ImGui::Button(explain)) actions.push_back({Action::Type::OpenAnnotation, annotation->id});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Read: %s", annotation->title.c_str());
    }
    if (!mimic.felt.empty()) {
        ImGui::SetCursorPos(ImVec2(start.x + textLeft, start.y + nameHeight + style.ItemSpacing.y));
        ImGui::PushTextWrapPos(start.x + width);
        ImGui::TextDisabled("%s", mimic.felt.c_str());
        ImGui::PopTextWrapPos();
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
