#include "platform/ultrasound_output.h"

#include "render/offscreen_target.h"

namespace av {

void writeUltrasoundPng(const std::filesystem::path& file, const UltrasoundImage& image) {
    Image grey{image.columns, image.rows, {}};
    grey.rgb.resize(image.pixels.size() * 3);
    for (std::size_t i = 0; i < image.pixels.size(); ++i)
        grey.rgb[3 * i] = grey.rgb[3 * i + 1] = grey.rgb[3 * i + 2] = image.pixels[i];
    writePng(file, grey);
}

}  // namespace av
