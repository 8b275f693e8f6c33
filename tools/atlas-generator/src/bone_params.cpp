#include "bone_params.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <stdexcept>

namespace atlasgen {

const nlohmann::json& boneParams(const std::string& name) {
    static std::map<std::string, nlohmann::json> cache;
    static std::mutex mutex;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(name);
    if (it != cache.end()) return it->second;
    const std::filesystem::path file = std::filesystem::path(ATLAS_PARAMS_DIR) / (name + ".json");
    std::ifstream in(file);
    if (!in) throw std::runtime_error(file.string() + ": cannot open the bone parameter file");
    try {
        return cache.emplace(name, nlohmann::json::parse(in)).first->second;
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(file.string() + ": not valid JSON: " + e.what());
    }
}

}  // namespace atlasgen
