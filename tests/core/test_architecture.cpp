// Rules the build enforces: the core includes nothing of rendering, UI, windowing or PDF drawing; the UI and
// the render layer never include each other; the handout's PDF layer includes none of them; no file in app/
// grows past 400 lines.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Include {
    fs::path file;
    int line;
    std::string header;
};

std::vector<Include> includesUnder(const std::string& folder) {
    static const std::regex include(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
    std::vector<Include> found;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(AV_SOURCE_DIR) / "app" / folder)) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path());
        std::string text;
        int line = 0;
        std::smatch match;
        while (std::getline(in, text)) {
            ++line;
            if (std::regex_search(text, match, include)) found.push_back({entry.path(), line, match[1]});
        }
    }
    return found;
}

// The includes under `folder` whose header matches `forbidden`, as "file:line: header" lines.
std::string offending(const std::string& folder, const std::regex& forbidden) {
    std::string report;
    for (const auto& inc : includesUnder(folder))
        if (std::regex_search(inc.header, forbidden))
            report += inc.file.lexically_relative(AV_SOURCE_DIR).string() + ":" + std::to_string(inc.line) + ": " + inc.header + "\n";
    return report;
}

}  // namespace

TEST_CASE("architecture: the core includes no rendering, UI or windowing header") {
    const std::regex forbidden(
        R"(^(vtkRendering|vtkOpenGL|vtkActor|vtkCamera|vtkRenderer|vtkRenderWindow|vtkProperty|vtk_glew|imgui|GLFW/|GL/|)"
        R"(render/|ui/|platform/|handout/|cairo|pango))");
    CHECK_MESSAGE(offending("core", forbidden).empty(), offending("core", forbidden));
}

TEST_CASE("architecture: the handout's PDF layer draws on paper only: no VTK, GL, ImGui or window") {
    const std::regex forbidden(R"(^(vtk|imgui|GLFW/|GL/|render/|ui/|platform/))");
    CHECK_MESSAGE(offending("handout", forbidden).empty(), offending("handout", forbidden));
    CHECK_FALSE(offending("handout", std::regex(R"(^(cairo|pango))")).empty());
}

TEST_CASE("architecture: the UI and the render layer never include each other") {
    const std::regex renderSide(R"(^(render/|vtk|platform/))");
    const std::regex uiSide(R"(^(ui/|imgui|platform/))");
    CHECK_MESSAGE(offending("ui", renderSide).empty(), offending("ui", renderSide));
    CHECK_MESSAGE(offending("render", uiSide).empty(), offending("render", uiSide));
}

TEST_CASE("architecture: the rules see the includes they judge") {
    // A rule that finds nothing to judge proves nothing: the scan must see real includes in each layer.
    const std::regex core(R"(^core/)");
    CHECK_FALSE(offending("ui", core).empty());
    CHECK_FALSE(offending("render", std::regex(R"(^vtk)")).empty());
    CHECK_FALSE(offending("ui", std::regex(R"(^imgui)")).empty());
}

TEST_CASE("architecture: no file in app/ is longer than 400 lines") {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(AV_SOURCE_DIR) / "app")) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path());
        int lines = 0;
        for (std::string text; std::getline(in, text);) ++lines;
        CHECK_MESSAGE(lines <= 400, entry.path().lexically_relative(AV_SOURCE_DIR).string() << " has " << lines << " lines");
    }
}
