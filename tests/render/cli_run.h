#pragma once
// Runs the real executable in a child process, as a user would, and reads the PNGs it writes.
#include "fixtures.h"

#include <vtkImageData.h>
#include <vtkPNGReader.h>
#include <vtkSmartPointer.h>

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace av::test {

struct Run {
    int exitCode;
    std::string out, err;
};

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Runs the viewer with the arguments (each single-quoted for the shell); withDisplay=false unsets DISPLAY.
inline Run runViewer(const TempFolder& folder, const std::vector<std::string>& arguments, bool withDisplay = true) {
    std::string command = withDisplay ? "" : "env -u DISPLAY ";
    command += "'" AV_VIEWER_EXECUTABLE "'";
    for (const auto& argument : arguments) command += " '" + argument + "'";
    const auto out = folder.path() / "stdout.txt", err = folder.path() / "stderr.txt";
    command += " >'" + out.string() + "' 2>'" + err.string() + "'";
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, readFile(out), readFile(err)};
}

inline av::Image readPng(const std::filesystem::path& file) {
    auto reader = vtkSmartPointer<vtkPNGReader>::New();
    reader->SetFileName(file.string().c_str());
    reader->Update();
    vtkImageData* data = reader->GetOutput();
    av::Image image;
    image.width = data->GetDimensions()[0];
    image.height = data->GetDimensions()[1];
    const int components = data->GetNumberOfScalarComponents();
    image.rgb.resize(std::size_t(image.width) * image.height * 3);
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            for (int c = 0; c < 3; ++c)
                image.rgb[(std::size_t(image.height - 1 - y) * image.width + x) * 3 + c] =
                    static_cast<unsigned char*>(data->GetScalarPointer(x, y, 0))[c * (components > 2)];
    return image;
}

}  // namespace av::test
