#include "core/mesh_io/vtk_messages.h"

#include <vtkObject.h>

#include <sstream>

namespace av::mesh_io {

namespace {

// "ERROR: In /src/vtkXMLReader.cxx, line 42\nvtkXMLPolyDataReader (0x5f1e): Bad thing\n\n" -> "Bad thing".
std::string cleaned(const char* text) {
    std::istringstream lines(text ? text : "");
    std::string result;
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line.rfind("ERROR: In ", 0) == 0 || line.rfind("Warning: In ", 0) == 0) continue;
        const std::size_t object = line.find(" (0x");
        const std::size_t colon = line.find("): ");
        if (object != std::string::npos && colon != std::string::npos && object < colon &&
            line.find(' ') == object)
            line = line.substr(colon + 3);
        result += (result.empty() ? "" : " ") + line;
    }
    return result.empty() ? std::string("unknown VTK error") : result;
}

}  // namespace

class VtkMessages::Collector : public vtkCommand {
public:
    static Collector* New() { return new Collector; }

    void Execute(vtkObject*, unsigned long event, void* callData) override {
        (event == vtkCommand::ErrorEvent ? errors : warnings).push_back(cleaned(static_cast<const char*>(callData)));
    }

    std::vector<std::string> errors;
    std::vector<std::string> warnings;
};

VtkMessages::VtkMessages() : collector_(vtkSmartPointer<Collector>::New()) {}

void VtkMessages::watch(vtkObject* object) {
    object->AddObserver(vtkCommand::ErrorEvent, collector_);
    object->AddObserver(vtkCommand::WarningEvent, collector_);
}

vtkCommand* VtkMessages::observer() {
    return collector_;
}

const std::vector<std::string>& VtkMessages::errors() const {
    return collector_->errors;
}

const std::vector<std::string>& VtkMessages::warnings() const {
    return collector_->warnings;
}

}  // namespace av::mesh_io
