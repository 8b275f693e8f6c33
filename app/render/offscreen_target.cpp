#include "render/offscreen_target.h"

#include <vtkImageData.h>
#include <vtkPNGWriter.h>
#include <vtkSmartPointer.h>
#include <vtk_glew.h>

#include <cstring>
#include <stdexcept>

namespace av {

OffscreenTarget::OffscreenTarget(int width, int height) : width_(width), height_(height) {
    glGenFramebuffers(1, &framebuffer_);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glGenRenderbuffers(1, &color_);
    glBindRenderbuffer(GL_RENDERBUFFER, color_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color_);
    glGenRenderbuffers(1, &depthStencil_);
    glBindRenderbuffer(GL_RENDERBUFFER, depthStencil_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH24_STENCIL8, width, height);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, depthStencil_);
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (status != GL_FRAMEBUFFER_COMPLETE)
        throw std::runtime_error("cannot create an offscreen image of " + std::to_string(width) + "x" +
                                 std::to_string(height) + " pixels (framebuffer status " + std::to_string(status) + ")");
}

OffscreenTarget::~OffscreenTarget() {
    glDeleteRenderbuffers(1, &depthStencil_);
    glDeleteRenderbuffers(1, &color_);
    glDeleteFramebuffers(1, &framebuffer_);
}

void OffscreenTarget::bind() {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glViewport(0, 0, width_, height_);
}

void OffscreenTarget::unbind() { glBindFramebuffer(GL_FRAMEBUFFER, 0); }

Image OffscreenTarget::read() const {
    std::vector<std::uint8_t> bottomUp(std::size_t(width_) * height_ * 3);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGB, GL_UNSIGNED_BYTE, bottomUp.data());
    std::vector<std::uint8_t> topDown(bottomUp.size());
    const std::size_t row = std::size_t(width_) * 3;
    for (int y = 0; y < height_; ++y)
        std::memcpy(&topDown[std::size_t(y) * row], &bottomUp[std::size_t(height_ - 1 - y) * row], row);
    return {width_, height_, std::move(topDown)};
}

void writePng(const std::filesystem::path& file, const Image& image) {
    auto data = vtkSmartPointer<vtkImageData>::New();
    data->SetDimensions(image.width, image.height, 1);
    data->AllocateScalars(VTK_UNSIGNED_CHAR, 3);
    auto* pixels = static_cast<std::uint8_t*>(data->GetScalarPointer());
    // VTK images start at the bottom row.
    const std::size_t row = std::size_t(image.width) * 3;
    for (int y = 0; y < image.height; ++y)
        std::memcpy(pixels + std::size_t(y) * row, &image.rgb[std::size_t(image.height - 1 - y) * row], row);
    auto writer = vtkSmartPointer<vtkPNGWriter>::New();
    writer->SetFileName(file.string().c_str());
    writer->SetCompressionLevel(3);  // zlib's fast end: a third of the default's time, a slightly larger file
    writer->SetInputData(data);
    writer->Write();
    if (writer->GetErrorCode() != 0) throw std::runtime_error(file.string() + ": cannot write the image");
}

}  // namespace av
