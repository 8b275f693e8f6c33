#include "platform/imgui_layer.h"

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace av {

ImguiLayer::ImguiLayer(GLFWwindow* window, bool installCallbacks, float fontScale)
    : window_(window), context_((IMGUI_CHECKVERSION(), ImGui::CreateContext())) {
    activate();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // panel layout is not a user's file to leave lying around
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.FontGlobalScale = fontScale;
    ImGui::StyleColorsDark();
    ImGui::GetStyle().WindowRounding = 4.0f;
    ImGui_ImplGlfw_InitForOpenGL(window, installCallbacks);
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

ImguiLayer::~ImguiLayer() {
    activate();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext(context_);
}

void ImguiLayer::activate() const {
    glfwMakeContextCurrent(window_);
    ImGui::SetCurrentContext(context_);
}

void ImguiLayer::beginFrame() {
    activate();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
}

void ImguiLayer::endFrame() {
    activate();
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

bool ImguiLayer::wantsMouse() const {
    ImGui::SetCurrentContext(context_);
    return ImGui::GetIO().WantCaptureMouse;
}

bool ImguiLayer::wantsKeyboard() const {
    ImGui::SetCurrentContext(context_);
    return ImGui::GetIO().WantCaptureKeyboard;
}

}  // namespace av
