#define GLFW_INCLUDE_NONE
#include "platform/glfw_window.h"

#include <GLFW/glfw3.h>

#include <cstdlib>

namespace av {
namespace {

std::string lastGlfwError() {
    const char* description = nullptr;
    glfwGetError(&description);
    return description ? description : "unknown error";
}

// GLFW is initialised once per process and ended at exit: initialising it for every window (headless
// renders in a loop) leaks X connections in Mesa's GLX until the server refuses new clients.
bool initialiseGlfwOnce() {
    static const bool initialised = [] {
        if (!glfwInit()) return false;
        std::atexit(glfwTerminate);
        return true;
    }();
    return initialised;
}

}  // namespace

GlfwWindow::GlfwWindow(int width, int height, const std::string& title, bool visible) {
    if (!initialiseGlfwOnce())
        throw WindowError("cannot open a window: " + lastGlfwError() +
                          " (no display? run under xvfb-run for headless use)");
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_DEPTH_BITS, 24);
    glfwWindowHint(GLFW_STENCIL_BITS, 8);
    glfwWindowHint(GLFW_SAMPLES, 0);
    glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
    window_ = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
    if (!window_) {
        const std::string reason = lastGlfwError();
        throw WindowError("cannot create an OpenGL 3.3 core window: " + reason);
    }
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
}

GlfwWindow::~GlfwWindow() { glfwDestroyWindow(window_); }

void GlfwWindow::makeCurrent() const { glfwMakeContextCurrent(window_); }

void GlfwWindow::framebufferSize(int& width, int& height) const { glfwGetFramebufferSize(window_, &width, &height); }

}  // namespace av
