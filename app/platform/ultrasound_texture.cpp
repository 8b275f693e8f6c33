#include "platform/ultrasound_texture.h"

#include <vtk_glew.h>

namespace av {

UltrasoundTexture::~UltrasoundTexture() {
    if (name_) glDeleteTextures(1, &name_);
}

std::uintptr_t UltrasoundTexture::update(const std::shared_ptr<const UltrasoundImage>& image) {
    if (!image || image->columns <= 0 || image->rows <= 0) {
        shown_.reset();
        return 0;
    }
    if (image == shown_ && name_) return name_;
    if (!name_) glGenTextures(1, &name_);
    // Grey as RGBA: ImGui's OpenGL backend samples four channels.
    rgba_.resize(image->pixels.size() * 4);
    for (std::size_t i = 0; i < image->pixels.size(); ++i) {
        rgba_[4 * i] = rgba_[4 * i + 1] = rgba_[4 * i + 2] = image->pixels[i];
        rgba_[4 * i + 3] = 255;
    }
    GLint previous = 0, alignment = 4;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &alignment);
    glBindTexture(GL_TEXTURE_2D, name_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image->columns, image->rows, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba_.data());
    glPixelStorei(GL_UNPACK_ALIGNMENT, alignment);
    glBindTexture(GL_TEXTURE_2D, GLuint(previous));
    shown_ = image;
    return name_;
}

}  // namespace av
