#pragma once
// The probe and needle as VTK actors, rebuilt only when the render list's instruments change.
#include "core/scene/render_list.h"

#include <vtkActor.h>
#include <vtkSmartPointer.h>

class vtkRenderer;

namespace av {

class InstrumentActors {
public:
    explicit InstrumentActors(vtkRenderer* renderer);
    // Shows the instruments of the list (none: hidden).
    void sync(const std::optional<ProbeDrawing>& probe, const std::optional<NeedleDrawing>& needle);

private:
    vtkSmartPointer<vtkActor> probe_ = vtkSmartPointer<vtkActor>::New();
    vtkSmartPointer<vtkActor> needle_ = vtkSmartPointer<vtkActor>::New();
};

}  // namespace av
