#include "ui/keyboard_help.h"

#include <imgui.h>

namespace av {
namespace {

constexpr const char* kShortcuts[][2] = {
    {"1 - 6", "Preset views (anterior, posterior, lateral, medial, superior, inferior)"},
    {"R", "Reset the view"},
    {"F", "Focus the selected structure"},
    {"Esc", "Clear the selection"},
    {"Left / Right", "Previous / next step of a tour"},
    {"L", "Labels on or off"},
    {"X", "X-ray on or off"},
    {"Shift + arrows", "Slide the ultrasound probe on the skin (left/right along its face, up/down across it)"},
    {"T", "Turn the probe 90 degrees (transverse <-> longitudinal)"},
    {"[ / ]", "Tilt the probe's beam"},
};

constexpr const char* kPanelKeys[][2] = {
    {"Ctrl+Tab", "Move between panels"},
    {"Tab, arrows", "Move between the controls of a panel, links included"},
    {"Space / Enter", "Press the control, follow the link"},
    {"Click the view", "Give the keys back to the 3D view"},
};

void drawTable(const char* id, const char* const (*rows)[2], std::size_t count) {
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) return;
    for (std::size_t i = 0; i < count; ++i) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(rows[i][0]);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(rows[i][1]);
    }
    ImGui::EndTable();
}

}  // namespace

void drawKeyboardHelp(UiState& ui) {
    if (ui.openKeyboardHelp) {
        ImGui::OpenPopup("Keyboard");
        ui.openKeyboardHelp = false;
    }
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Keyboard", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextDisabled("In the 3D view (when no panel has the keyboard)");
    drawTable("##view", kShortcuts, std::size(kShortcuts));
    ImGui::Spacing();
    ImGui::TextDisabled("In the panels");
    drawTable("##panels", kPanelKeys, std::size(kPanelKeys));
    ImGui::Spacing();
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::SetItemDefaultFocus();
    ImGui::EndPopup();
}

}  // namespace av
