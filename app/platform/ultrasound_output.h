#pragma once
// `--ultrasound-output FILE.png`: the simulated image alone, written from the core's pixels (no GL, no
// display): one grey pixel per image pixel, row 0 at the skin, so with a linear probe row r lies at
// r / rows x depth_mm below the skin.
#include "core/ultrasound/bmode_image.h"

#include <filesystem>

namespace av {

// Throws std::runtime_error naming the file when it cannot be written.
void writeUltrasoundPng(const std::filesystem::path& file, const UltrasoundImage& image);

}  // namespace av
