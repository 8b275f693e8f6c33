#include "platform/gl_surface.h"

#include "render/external_window.h"

namespace av {
namespace {

vtkSmartPointer<vtkGenericOpenGLRenderWindow> renderWindowFor(GlfwWindow& window) {
    int width = 0, height = 0;
    window.framebufferSize(width, height);
    return createExternalRenderWindow([&window] { window.makeCurrent(); }, width, height);
}

}  // namespace

GlSurface::GlSurface(int width, int height, const std::string& title, bool visible)
    : window_(width, height, title, visible), renderWindow_(renderWindowFor(window_)) {}

GlSurface::~GlSurface() { renderWindow_->Finalize(); }

}  // namespace av
