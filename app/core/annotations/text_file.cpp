#include "core/annotations/text_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace av {

std::optional<std::string> readTextFile(const std::filesystem::path& path, Diagnostics& diagnostics) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        diagnostics.error(path.string() + ": cannot read the file");
        return std::nullopt;
    }
    std::ostringstream content;
    content << stream.rdbuf();
    return content.str();
}

std::vector<std::filesystem::path> filesWithExtension(const std::filesystem::path& folder,
                                                      const std::string& extension) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
        if (entry.is_regular_file() && entry.path().extension() == extension) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace av
