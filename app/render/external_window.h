#pragma once
// A VTK render window that draws into an OpenGL context someone else owns (the GLFW window of the
// platform layer). VTK 9.1 has no make-current callback setters: it asks through events, answered here.
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkSmartPointer.h>

#include <functional>

namespace av {

// True when the current GL context is Mesa's software rasteriser (llvmpipe, softpipe), not a GPU.
bool isSoftwareRenderer();

// Call with the host's context current. makeCurrent must make that context current again.
vtkSmartPointer<vtkGenericOpenGLRenderWindow> createExternalRenderWindow(std::function<void()> makeCurrent,
                                                                        int width, int height);

}  // namespace av
