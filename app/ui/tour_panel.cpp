#include "ui/tour_panel.h"

#include "ui/document_view.h"
#include "ui/panel_layout.h"

#include <imgui.h>

#include <algorithm>

namespace av {
namespace {

const Tour* findTour(const Content& content, const std::string& id) {
    for (const Tour& tour : content.tours)
        if (tour.id == id) return &tour;
    return nullptr;
}

const char* audienceLabel(Audience audience) { return audience == Audience::Clinical ? "clinical" : "for patients"; }

void goToStep(std::size_t step, Actions& actions) {
    actions.push_back(act::SetTourStep{step});
}

// Step n of N with a dot per step: the current one filled, the others clickable to jump there (every step
// sets the whole scene, so any step can be entered directly).
void drawStepDots(std::size_t step, std::size_t count, Actions& actions) {
    ImGui::Text("Step %zu of %zu", step, count);
    const float radius = ImGui::GetFontSize() * 0.28f;
    const float spacing = radius * 3.2f;
    ImGui::SameLine();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    if (start.x + spacing * float(count) > ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) {
        ImGui::NewLine();  // no room beside the text: dots on their own line
        return;
    }
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const float centreY = start.y + ImGui::GetTextLineHeight() * 0.5f;
    for (std::size_t i = 1; i <= count; ++i) {
        const ImVec2 centre(start.x + spacing * (float(i) - 0.5f), centreY);
        ImGui::SetCursorScreenPos(ImVec2(centre.x - spacing * 0.5f, start.y));
        ImGui::PushID(int(i));
        if (ImGui::InvisibleButton("##step", ImVec2(spacing, ImGui::GetTextLineHeight())) && i != step)
            goToStep(i, actions);
        const bool hovered = ImGui::IsItemHovered();
        if (hovered) ImGui::SetTooltip("Go to step %zu", i);
        ImGui::PopID();
        const ImU32 color = ImGui::GetColorU32(i == step || hovered ? ImGuiCol_Text : ImGuiCol_TextDisabled);
        if (i == step) drawList->AddCircleFilled(centre, radius, color);
        else drawList->AddCircle(centre, radius, color);
    }
}

void drawNavigation(std::size_t step, std::size_t count, Actions& actions) {
    ImGui::BeginDisabled(step <= 1);
    if (ImGui::Button("< Previous")) goToStep(step - 1, actions);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(step >= count);
    if (ImGui::Button("Next >")) goToStep(step + 1, actions);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(step >= count ? "Finish" : "End tour")) actions.push_back(act::EndTour{});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Left / Right arrow keys step too, while the 3D view has the keys");
}

}  // namespace

void drawTourListPanel(const UiContext& context, UiState& ui, Actions& actions) {
    placeNextWindow(PanelId::Information, ui);
    if (!ImGui::Begin("Tours", &ui.panels.tours, kDockedPanel)) {
        ImGui::End();
        return;
    }
    if (context.content.tours.empty()) ImGui::TextDisabled("No tours were loaded.");
    for (const Tour& tour : context.content.tours) {
        ImGui::PushID(tour.id.c_str());
        ImGui::TextUnformatted(tour.title.c_str());
        ImGui::TextDisabled("%s, %zu steps", audienceLabel(tour.audience), tour.steps.size());
        if (!tour.summary.empty()) {
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(tour.summary.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::BeginDisabled(tour.steps.empty());
        if (ImGui::Button(context.state.tour == tour.id ? "Restart" : "Start")) {
            actions.push_back(act::StartTour{tour.id, 1});
            ui.panels.tours = false;  // the tour takes over; the list comes back from the menu
        }
        ImGui::EndDisabled();
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::End();
}

void drawTourPanel(const UiContext& context, UiState& ui, Actions& actions) {
    const Tour* tour = findTour(context.content, context.state.tour);
    if (!tour || tour->steps.empty()) return;
    const std::size_t count = tour->steps.size();
    const std::size_t step = std::clamp<std::size_t>(context.state.tourStep, 1, count);
    const TourStep& current = tour->steps[step - 1];
    placeNextWindow(PanelId::Information, ui);
    bool open = true;
    const std::string title = tour->title + "###Tour";
    if (!ImGui::Begin(title.c_str(), &open, kDockedPanel)) {
        ImGui::End();
        return;
    }
    drawStepDots(step, count, actions);
    ImGui::SetWindowFontScale(1.2f);
    ImGui::TextWrapped("%s", current.title.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::Separator();
    const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    if (ImGui::BeginChild("##step", ImVec2(0, -footer))) {
        drawDocument(current.text, context, actions);
        const Annotation* annotation = context.content.annotations.find(current.annotation);
        if (annotation && context.state.annotation != annotation->id) {
            ImGui::Spacing();
            if (ImGui::Button(("Open text: " + annotation->title).c_str()))
                actions.push_back(act::OpenAnnotation{annotation->id});
        }
    }
    ImGui::EndChild();
    ImGui::Separator();
    drawNavigation(step, count, actions);
    ImGui::End();
    if (!open) actions.push_back(act::EndTour{});
}

}  // namespace av
