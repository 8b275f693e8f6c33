#include "core/resources.h"

namespace av {

std::filesystem::path executablePath() {
    std::error_code ec;
    const auto path = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : path;
}

std::optional<std::filesystem::path> findResource(const std::filesystem::path& relative) {
    const auto folder = executablePath().parent_path();
    const std::filesystem::path candidates[] = {
        folder, folder.parent_path(), folder.parent_path() / "share" / "anatomy-viewer", AV_SOURCE_DIR};
    for (const auto& candidate : candidates) {
        std::error_code ec;
        if (!candidate.empty() && std::filesystem::exists(candidate / relative, ec)) return candidate / relative;
    }
    return std::nullopt;
}

std::optional<std::filesystem::path> defaultAtlasPath() { return findResource("meshes/atlas.json"); }

std::optional<std::filesystem::path> findDataFile(const std::filesystem::path& relative) {
    return findResource(std::filesystem::path("data") / relative);
}

}  // namespace av
