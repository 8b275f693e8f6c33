#pragma once
// Finds the files that ship with the viewer (the default atlas, shaders) from where the executable is,
// so that build/anatomy-viewer and an installed copy both work without a working-directory rule.
#include <filesystem>
#include <optional>

namespace av {

std::filesystem::path executablePath();

// The first existing <candidate>/<relative> among: the executable's folder, its parent,
// <parent>/share/anatomy-viewer, and the source tree the binary was built from.
std::optional<std::filesystem::path> findResource(const std::filesystem::path& relative);

std::optional<std::filesystem::path> defaultAtlasPath();

// A file of the shipped data folder (data/<relative>, e.g. "ultrasound/materials.json"), found like any
// other resource.
std::optional<std::filesystem::path> findDataFile(const std::filesystem::path& relative);

}  // namespace av
