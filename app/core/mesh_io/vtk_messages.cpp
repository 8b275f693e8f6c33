#include "core/mesh_io/vtk_messages.h"

#include <vtkLogger.h>
#include <vtkObjectFactory.h>
#include <vtkOutputWindow.h>
#include <vtkSmartPointer.h>

#include <mutex>
#include <sstream>

namespace av::mesh_io {

namespace {

// "ERROR: In /src/vtkXMLReader.cxx, line 42\nvtkXMLPolyDataReader (0x5f1e): Bad thing\n\n" -> "Bad thing".
std::string cleaned(const char* text) {
    std::istringstream lines(text ? text : "");
    std::string result;
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line.rfind("ERROR: In ", 0) == 0 || line.rfind("Warning: In ", 0) == 0 ||
            line.rfind("Generic Warning: In ", 0) == 0)
            continue;
        const std::size_t object = line.find(" (0x");
        const std::size_t colon = line.find("): ");
        if (object != std::string::npos && colon != std::string::npos && object < colon &&
            line.find(' ') == object)
            line = line.substr(colon + 3);
        result += (result.empty() ? "" : " ") + line;
    }
    return result.empty() ? std::string("unknown VTK error") : result;
}

class CapturingOutputWindow : public vtkOutputWindow {
public:
    static CapturingOutputWindow* New();
    vtkTypeMacro(CapturingOutputWindow, vtkOutputWindow);

    void DisplayText(const char* text) override { warnings.push_back(cleaned(text)); }
    void DisplayErrorText(const char* text) override { errors.push_back(cleaned(text)); }
    void DisplayWarningText(const char* text) override { warnings.push_back(cleaned(text)); }
    void DisplayGenericWarningText(const char* text) override { warnings.push_back(cleaned(text)); }
    void DisplayDebugText(const char*) override {}

    std::vector<std::string> errors;
    std::vector<std::string> warnings;

protected:
    CapturingOutputWindow() = default;
    ~CapturingOutputWindow() override = default;
};

vtkStandardNewMacro(CapturingOutputWindow);

std::mutex& captureMutex() {
    static std::mutex mutex;
    return mutex;
}

}  // namespace

struct VtkMessageCapture::State {
    std::lock_guard<std::mutex> lock{captureMutex()};
    vtkSmartPointer<vtkOutputWindow> previousWindow = vtkOutputWindow::GetInstance();
    // VTK offers no getter for the logger's console verbosity; the cutoff over all its outputs equals
    // it unless someone logs to a file or callback more verbosely.
    vtkLogger::Verbosity previousVerbosity = vtkLogger::GetCurrentVerbosityCutoff();
    vtkSmartPointer<CapturingOutputWindow> window = vtkSmartPointer<CapturingOutputWindow>::New();
};

VtkMessageCapture::VtkMessageCapture() : state_(std::make_unique<State>()) {
    vtkOutputWindow::SetInstance(state_->window);
    // The logger prints VTK's errors to the console on its own, besides the output window.
    vtkLogger::SetStderrVerbosity(vtkLogger::VERBOSITY_OFF);
}

VtkMessageCapture::~VtkMessageCapture() {
    vtkLogger::SetStderrVerbosity(state_->previousVerbosity);
    vtkOutputWindow::SetInstance(state_->previousWindow);
}

const std::vector<std::string>& VtkMessageCapture::errors() const {
    return state_->window->errors;
}

const std::vector<std::string>& VtkMessageCapture::warnings() const {
    return state_->window->warnings;
}

}  // namespace av::mesh_io
