#pragma once
// The GLFW window and its OpenGL 3.3 core context (24-bit depth, 8-bit stencil: what VTK needs).
// A hidden window serves headless images, which are drawn into an offscreen target instead.
#include <stdexcept>
#include <string>

struct GLFWwindow;

namespace av {

struct WindowError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class GlfwWindow {
public:
    GlfwWindow(int width, int height, const std::string& title, bool visible);
    ~GlfwWindow();
    GlfwWindow(const GlfwWindow&) = delete;
    GlfwWindow& operator=(const GlfwWindow&) = delete;

    GLFWwindow* handle() const { return window_; }
    void makeCurrent() const;
    void framebufferSize(int& width, int& height) const;

private:
    GLFWwindow* window_ = nullptr;
};

}  // namespace av
