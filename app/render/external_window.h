#pragma once
// A VTK render window that draws into an OpenGL context someone else owns (the GLFW window of the
// platform layer). VTK 9.1 has no make-current callback setters: it asks through events, answered here.
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkSmartPointer.h>

#include <functional>

namespace av {

// Call with the host's context current. makeCurrent must make that context current again.
vtkSmartPointer<vtkGenericOpenGLRenderWindow> createExternalRenderWindow(std::function<void()> makeCurrent,
                                                                        int width, int height);

}  // namespace av
