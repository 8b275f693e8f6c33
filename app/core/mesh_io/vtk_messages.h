#pragma once
// Catches the errors and warnings of the VTK objects a reader is made of, so that they become the load
// error's message and the loader's warnings instead of console output. Observed objects hand their
// messages to observers instead of the console and VTK's logger; nothing global is touched.
#include <vtkCommand.h>
#include <vtkSmartPointer.h>

#include <string>
#include <vector>

class vtkObject;

namespace av::mesh_io {

class VtkMessages {
public:
    VtkMessages();

    // Errors and warnings of `object` come here from now on.
    void watch(vtkObject* object);
    // The observer itself, for readers that take one for their internal parts.
    vtkCommand* observer();

    // One line each, without VTK's "ERROR: In file, line" and "vtkClass (0x...):" decoration.
    const std::vector<std::string>& errors() const;
    const std::vector<std::string>& warnings() const;

private:
    class Collector;
    vtkSmartPointer<Collector> collector_;
};

}  // namespace av::mesh_io
