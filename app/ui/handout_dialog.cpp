#include "ui/handout_dialog.h"

#include "ui/ui_colors.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace av {
namespace {

// "the tour <title>" or "the text <title>".
std::string describe(const UiContext& context, const HandoutRequest& request) {
    for (const Tour& tour : context.content.tours)
        if (tour.id == request.tour) return "the tour \"" + tour.title + "\"";
    for (const std::string& id : request.annotations)
        if (const Annotation* annotation = context.content.annotations.find(id))
            return "the text \"" + annotation->title + "\"";
    return "nothing";
}

}  // namespace

void drawHandoutDialog(const UiContext& context, UiState& ui) {
    if (ui.openHandout) {
        ImGui::OpenPopup("Handout");
        ui.openHandout = false;
        ui.handoutMessage.clear();
    }
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Handout", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const auto request = handoutRequestFor(context.state);
    if (request) {
        ImGui::Text("A PDF for the patient to take home: %s, the exercise stages", describe(context, *request).c_str());
        ImGui::TextUnformatted("and the care after an injection, in large type.");
    } else {
        ImGui::TextUnformatted("Start a tour or open a text first: the handout is made from it.");
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 30);
    const bool entered = ImGui::InputText("File", &ui.handoutPath, ImGuiInputTextFlags_EnterReturnsTrue);
    const bool busy = ui.handoutRequest.has_value();
    ImGui::BeginDisabled(!request || busy || ui.handoutPath.empty());
    if ((ImGui::Button("Save") || entered) && request && !busy && !ui.handoutPath.empty()) {
        ui.handoutRequest = request;
        ui.handoutMessage.clear();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    // Drawn in the frame Save was pressed in: the platform writes the file once that frame is on screen.
    if (ui.handoutRequest) ImGui::TextUnformatted("Writing the handout...");
    if (!ui.handoutMessage.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui.handoutFailed ? ui_colors::kWrong : ui_colors::kRight);
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36);
        ImGui::TextUnformatted(ui.handoutMessage.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    ImGui::EndPopup();
}

}  // namespace av
