#include "ui/export_dialog.h"

#include <imgui.h>

#include <array>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace av {
namespace {

std::string defaultPath() {
    const char* home = std::getenv("HOME");
    return ((home ? std::filesystem::path(home) : std::filesystem::current_path()) / "anatomy-scene.glb").string();
}

}  // namespace

void drawExportDialog(UiState& ui) {
    SceneExportRequest& request = ui.exportScene;
    if (request.open) {
        ImGui::OpenPopup("Export scene");
        request.open = false;
        request.message.clear();
        if (request.path.empty()) request.path = defaultPath();
    }
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Export scene", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted("The structures on show, posed and coloured as drawn, as one glTF file (.glb)");
    ImGui::TextDisabled("for slides, Blender, f3d or a 3D printer; metres, one node per structure");
    std::array<char, 1024> buffer{};
    std::strncpy(buffer.data(), request.path.c_str(), buffer.size() - 1);
    ImGui::SetNextItemWidth(480);
    if (ImGui::InputText("File", buffer.data(), buffer.size())) request.path = buffer.data();
    if (!request.message.empty()) ImGui::TextWrapped("%s", request.message.c_str());
    if (ImGui::Button("Export") && !request.path.empty()) request.write = true;
    ImGui::SameLine();
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace av
