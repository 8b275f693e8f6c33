#pragma once
// Reading a whole content file, with the failure reported the way every loader here reports it.
#include "core/diagnostics.h"

#include <filesystem>
#include <optional>
#include <string>

namespace av {

// The file's bytes, or nullopt after reporting "<path>: cannot read" in diagnostics.
std::optional<std::string> readTextFile(const std::filesystem::path& path, Diagnostics& diagnostics);

// The files of a folder whose name ends in `extension` (".md"), sorted so loading order is stable.
std::vector<std::filesystem::path> filesWithExtension(const std::filesystem::path& folder,
                                                      const std::string& extension);

}  // namespace av
