#pragma once
// A GLFW window with its OpenGL context, and the VTK render window that draws into that context. Made
// apart from the atlas so that a headless run can set up GL while the meshes load.
#include "platform/glfw_window.h"

#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkSmartPointer.h>

#include <memory>

namespace av {

class GlSurface {
public:
    // Throws WindowError when no window or context can be had (no display).
    GlSurface(int width, int height, const std::string& title, bool visible);
    // Releases VTK's GL resources while the context still exists, then the window goes.
    ~GlSurface();
    GlSurface(const GlSurface&) = delete;
    GlSurface& operator=(const GlSurface&) = delete;

    GlfwWindow& window() { return window_; }
    vtkGenericOpenGLRenderWindow* renderWindow() { return renderWindow_; }

private:
    GlfwWindow window_;
    vtkSmartPointer<vtkGenericOpenGLRenderWindow> renderWindow_;
};

}  // namespace av
