#pragma once
// Writes a file so that a reader never sees half of it: the bytes go to a temporary file beside it, which
// then replaces the target in one rename. For files a user made (an imported atlas, its manifest).
#include <filesystem>
#include <string>

namespace av {

// Throws std::runtime_error naming the file when it cannot be written.
void writeFileAtomically(const std::filesystem::path& path, const std::string& bytes);

}  // namespace av
