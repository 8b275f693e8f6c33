#include "ui/presenter_caption.h"

#include "ui/document_view.h"

#include <imgui.h>

#include <algorithm>

namespace av {
namespace {

constexpr float kCaptionScale = 1.5f;  // on top of the large-text scale when that is on

const TourStep* currentStep(const UiContext& context) {
    for (const Tour& tour : context.content.tours)
        if (tour.id == context.state.tour && !tour.steps.empty())
            return &tour.steps[std::clamp<std::size_t>(context.state.tourStep, 1, tour.steps.size()) - 1];
    return nullptr;
}

}  // namespace

float captionHeight(const UiContext& context) {
    const float line = ImGui::GetTextLineHeightWithSpacing() * kCaptionScale;
    if (currentStep(context)) return std::min(ImGui::GetIO().DisplaySize.y * 0.3f, line * 6);
    return context.state.selected ? line * 2 : 0;
}

void drawPresenterCaption(const UiContext& context, UiState& ui, Actions& actions) {
    const float height = ui.layout.window.height - ui.layout.viewport.y - ui.layout.viewport.height;
    if (height <= 1) return;
    ImGui::SetNextWindowPos(ImVec2(0, ui.layout.viewport.y + ui.layout.viewport.height), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(ui.layout.window.width, height), ImGuiCond_Always);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::Begin("##caption", nullptr, flags)) {
        ImGui::SetWindowFontScale(kCaptionScale);
        if (const TourStep* step = currentStep(context)) {
            ImGui::TextUnformatted(step->title.c_str());
            ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize("<  >  Exit (F11)").x - 40);
            if (ImGui::SmallButton("<")) actions.push_back(act::SetTourStep{std::max<std::size_t>(1, context.state.tourStep - 1)});
            ImGui::SameLine();
            if (ImGui::SmallButton(">")) actions.push_back(act::SetTourStep{context.state.tourStep + 1});
            ImGui::SameLine();
            if (ImGui::SmallButton("Exit (F11)")) ui.panels.presenter = false;
            ImGui::Separator();
            drawDocument(step->text, context, actions);
        } else if (context.state.selected) {
            ImGui::TextUnformatted(context.atlas.structures()[*context.state.selected].spec.name.c_str());
        }
    }
    ImGui::End();
}

}  // namespace av
