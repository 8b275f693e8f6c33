#pragma once
// What the command line asks of the viewer, as plain data: main parses it, the platform layer acts on it.
#include <filesystem>
#include <string>
#include <vector>

namespace av {

enum class Detail { Auto, Full, Low };

struct ViewerOptions {
    std::filesystem::path atlas;  // manifest to load
    std::filesystem::path output;  // headless: write one image here and exit
    int width = 1280, height = 800;
    std::string view = "posterior";
    std::string select;             // structure id to select (highlighted, shown through what covers it)
    std::vector<std::string> hide;  // structure ids to hide
    bool ui = false;                // headless image includes the panels
    Detail detail = Detail::Auto;   // Auto: low detail on a software renderer, interactively
};

}  // namespace av
