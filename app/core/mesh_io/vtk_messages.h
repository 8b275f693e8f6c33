#pragma once
// Catches what VTK reports while a reader runs: its errors become the load error's message and its
// warnings the loader's warnings, and nothing reaches the console. VTK reports through a process-wide
// output window and logger, so for the capture's lifetime both are redirected and captures are
// serialised; messages from other VTK work meanwhile land here too.
#include <memory>
#include <string>
#include <vector>

namespace av::mesh_io {

class VtkMessageCapture {
public:
    VtkMessageCapture();
    ~VtkMessageCapture();
    VtkMessageCapture(const VtkMessageCapture&) = delete;
    VtkMessageCapture& operator=(const VtkMessageCapture&) = delete;

    // One line each, without VTK's "ERROR: In file, line" and "vtkClass (0x...):" decoration.
    const std::vector<std::string>& errors() const;
    const std::vector<std::string>& warnings() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace av::mesh_io
