#include "render/external_window.h"

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>

#include <vtk_glew.h>

#include <cstring>
#include <memory>

namespace av {
namespace {

struct Host {
    std::function<void()> makeCurrent;
};

void onEvent(vtkObject*, unsigned long event, void* clientData, void* callData) {
    auto* host = static_cast<Host*>(clientData);
    switch (event) {
    case vtkCommand::WindowMakeCurrentEvent:
        host->makeCurrent();
        break;
    case vtkCommand::WindowIsCurrentEvent:
        // The host keeps its one context current for the whole frame loop.
        *static_cast<bool*>(callData) = true;
        break;
    case vtkCommand::WindowSupportsOpenGLEvent:
    case vtkCommand::WindowIsDirectEvent:
        *static_cast<int*>(callData) = 1;
        break;
    default:  // WindowFrameEvent: the host swaps buffers itself.
        break;
    }
}

}  // namespace

bool isSoftwareRenderer() {
    // glGetString is OpenGL 1.1: callable before VTK has loaded the newer entry points.
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    return renderer && (std::strstr(renderer, "llvmpipe") || std::strstr(renderer, "softpipe") ||
                        std::strstr(renderer, "Software"));
}

vtkSmartPointer<vtkGenericOpenGLRenderWindow> createExternalRenderWindow(std::function<void()> makeCurrent,
                                                                        int width, int height) {
    auto window = vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New();
    // The callback's data lives as long as the window: it is deleted with the command's client data.
    auto* host = new Host{std::move(makeCurrent)};
    auto command = vtkSmartPointer<vtkCallbackCommand>::New();
    command->SetCallback(onEvent);
    command->SetClientData(host);
    command->SetClientDataDeleteCallback([](void* data) { delete static_cast<Host*>(data); });
    for (unsigned long event : {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent,
                                vtkCommand::WindowSupportsOpenGLEvent, vtkCommand::WindowIsDirectEvent,
                                vtkCommand::WindowFrameEvent})
        window->AddObserver(event, command);
    window->SetOwnContext(false);
    // VTK asks for 8x multisampling by default: on Mesa's software renderer that alone costs several
    // times the frame, so smooth edges there are left to the GPU.
    window->SetMultiSamples(isSoftwareRenderer() ? 0 : 8);
    window->SetSize(width, height);
    window->SetIsCurrent(true);
    window->SetMapped(1);
    window->SetFrameBlitModeToBlitToCurrent();
    window->InitializeFromCurrentContext();
    return window;
}

}  // namespace av
