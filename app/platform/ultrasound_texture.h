#pragma once
// The simulated ultrasound image as an OpenGL texture for the ultrasound panel: the platform owns GL, the
// panel only gets the texture's name (ui/ui_context.h, UltrasoundView). Uploaded again only when the model
// hands over a different image. Needs the GL context current (and VTK's GL loader initialised).
#include "core/ultrasound/bmode_image.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace av {

class UltrasoundTexture {
public:
    UltrasoundTexture() = default;
    ~UltrasoundTexture();
    UltrasoundTexture(const UltrasoundTexture&) = delete;
    UltrasoundTexture& operator=(const UltrasoundTexture&) = delete;

    // The texture holding `image` (uploaded when it is not the one held); 0 for none.
    std::uintptr_t update(const std::shared_ptr<const UltrasoundImage>& image);

private:
    unsigned name_ = 0;
    std::shared_ptr<const UltrasoundImage> shown_;  // held, so a new image never shares its address
    std::vector<std::uint8_t> rgba_;
};

}  // namespace av
