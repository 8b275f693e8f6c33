#include "ui/mimics_panel.h"

#include "ui/panel_layout.h"

#include <imgui.h>

#include <algorithm>

namespace av {
namespace {

// The conditions shown with `id` added, or taken away when it was there: any set can be compared.
std::vector<std::string> toggled(std::vector<std::string> ids, const std::string& id) {
    const auto found = std::find(ids.begin(), ids.end(), id);
    if (found != ids.end()) ids.erase(found);
    else ids.push_back(id);
    return ids;
}

// One condition as a card the width of the panel: clicking anywhere on it shows or clears it; the Explain
// button in its corner opens its text.
void drawMimic(const Mimic& mimic, const UiContext& context, Actions& actions) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto& painted = context.state.mimics;
    const bool shown = std::find(painted.begin(), painted.end(), mimic.id) != painted.end();
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
        actions.push_back(act::ShowMimics{toggled(painted, mimic.id)});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(shown ? "Click to take it away" : "Click to show where it is felt, beside the others shown");

    ImGui::SetCursorPos(start);
    const ImVec4 color(mimic.color[0], mimic.color[1], mimic.color[2], 1.0f);
    ImGui::ColorButton("##swatch", color, ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoDragDrop);
    ImGui::SetCursorPos(ImVec2(start.x + textLeft, start.y + style.FramePadding.y));
    ImGui::PushTextWrapPos(start.x + textLeft + nameWidth);
    ImGui::TextUnformatted(mimic.name.c_str());
    ImGui::PopTextWrapPos();
    if (annotation) {
        ImGui::SetCursorPos(ImVec2(start.x + width - explainWidth, start.y));
        if (ImGui::Button(explain)) actions.push_back(act::OpenAnnotation{annotation->id});
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
    placeNextWindow(PanelId::Reading, ui);
    if (!ImGui::Begin("What else it could be", &ui.panels.mimics, kDockedPanel)) {
        ImGui::End();
        return;
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(
        "Conditions that can feel like hamstring tendon pain. Pick one or more to see where each is felt, in its own "
        "colour.");
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    if (context.content.mimics.empty()) ImGui::TextDisabled("No conditions were loaded.");
    for (const Mimic& mimic : context.content.mimics) {
        ImGui::PushID(mimic.id.c_str());
        drawMimic(mimic, context, actions);
        ImGui::PopID();
        ImGui::Spacing();
    }
    if (!context.state.mimics.empty() && ImGui::Button("Clear")) actions.push_back(act::ShowMimics{});
    ImGui::End();
    // Closing the list takes its painting away too: nothing else on screen would say what the colour means.
    if (!ui.panels.mimics && !context.state.mimics.empty()) actions.push_back(act::ShowMimics{});
}

}  // namespace av
