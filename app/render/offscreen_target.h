#pragma once
// A framebuffer of a chosen size in the current GL context, for headless images: the frame (VTK, then
// ImGui if asked) is drawn into it and read back, independent of any window's size or visibility.
// Needs VTK's GL function loader, so create it after the VTK render window is initialised.
#include <cstdint>
#include <filesystem>
#include <vector>

namespace av {

// An 8-bit RGB image, rows top first.
struct Image {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgb;
};

class OffscreenTarget {
public:
    OffscreenTarget(int width, int height);
    ~OffscreenTarget();
    OffscreenTarget(const OffscreenTarget&) = delete;
    OffscreenTarget& operator=(const OffscreenTarget&) = delete;

    void bind();    // the target of the following draws
    void unbind();  // back to the window
    Image read() const;
    int width() const { return width_; }
    int height() const { return height_; }

private:
    int width_, height_;
    unsigned framebuffer_ = 0, color_ = 0, depthStencil_ = 0;
};

// Throws std::runtime_error naming the file on failure.
void writePng(const std::filesystem::path& file, const Image& image);

}  // namespace av
