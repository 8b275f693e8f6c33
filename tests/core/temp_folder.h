#pragma once
// A fresh folder under the system temp folder for one test, removed afterwards.
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace av::test {

class TempFolder {
public:
    TempFolder() {
        std::random_device random;
        path_ = std::filesystem::temp_directory_path() / ("av-test-" + std::to_string(random()));
        std::filesystem::create_directories(path_);
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path write(const std::string& name, const std::string& content) const {
        const auto file = path_ / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << content;
        return file;
    }

private:
    std::filesystem::path path_;
};

// A closed unit cube centred on the origin, as OBJ text with outward faces.
inline std::string cubeObj(double size = 1.0) {
    const double h = size / 2;
    std::string text;
    for (int i = 0; i < 8; ++i)
        text += "v " + std::to_string(i & 1 ? h : -h) + " " + std::to_string(i & 2 ? h : -h) + " " +
                std::to_string(i & 4 ? h : -h) + "\n";
    text += "f 1 3 4 2\nf 5 6 8 7\nf 1 2 6 5\nf 3 7 8 4\nf 1 5 7 3\nf 2 4 8 6\n";
    return text;
}

}  // namespace av::test
