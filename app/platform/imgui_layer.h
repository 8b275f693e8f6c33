#pragma once
// Dear ImGui on the GLFW window: context, the GLFW and OpenGL 3 backends, and the frame bracket.
struct GLFWwindow;
struct ImGuiContext;

namespace av {

class ImguiLayer {
public:
    // installCallbacks: let ImGui chain to the GLFW callbacks already installed (interactive use).
    ImguiLayer(GLFWwindow* window, bool installCallbacks, float fontScale);
    ~ImguiLayer();
    ImguiLayer(const ImguiLayer&) = delete;
    ImguiLayer& operator=(const ImguiLayer&) = delete;

    void beginFrame();
    void endFrame();  // draws into the bound framebuffer

    bool wantsMouse() const;
    bool wantsKeyboard() const;

private:
    // Each layer has its own ImGui context on its own window's GL context, made current for every call:
    // two windows (two headless renderers, say) never draw with, or free, each other's.
    void activate() const;
    GLFWwindow* window_;
    ImGuiContext* context_;
};

}  // namespace av
