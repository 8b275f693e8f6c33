#include "render/instrument_actors.h"

#include <vtkCubeSource.h>
#include <vtkLineSource.h>
#include <vtkMatrix4x4.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkTubeFilter.h>

namespace av {

InstrumentActors::InstrumentActors(vtkRenderer* renderer) {
    for (vtkActor* actor : {probe_.Get(), needle_.Get()}) {
        actor->VisibilityOff();
        actor->PickableOff();
        renderer->AddActor(actor);
    }
    needle_->GetProperty()->SetSpecular(0.8);
}

void InstrumentActors::sync(const std::optional<ProbeDrawing>& probe, const std::optional<NeedleDrawing>& needle) {
    probe_->SetVisibility(probe.has_value());
    if (probe) {
        auto cube = vtkSmartPointer<vtkCubeSource>::New();
        cube->SetXLength(probe->size.x());
        cube->SetYLength(probe->size.y());
        cube->SetZLength(probe->size.z());
        // The cube's x, y, z become the probe's along, across and up axes, centred where the list says.
        auto matrix = vtkSmartPointer<vtkMatrix4x4>::New();
        const Eigen::Vector3d* axes[3] = {&probe->along, &probe->across, &probe->up};
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 3; ++c) matrix->SetElement(r, c, (*axes[c])[r]);
            matrix->SetElement(r, 3, probe->centre[r]);
        }
        auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
        mapper->SetInputConnection(cube->GetOutputPort());
        probe_->SetMapper(mapper);
        probe_->SetUserMatrix(matrix);
        probe_->GetProperty()->SetColor(probe->color[0], probe->color[1], probe->color[2]);
    }
    needle_->SetVisibility(needle.has_value());
    if (needle) {
        auto line = vtkSmartPointer<vtkLineSource>::New();
        line->SetPoint1(needle->entry.data());
        line->SetPoint2(needle->tip.data());
        auto tube = vtkSmartPointer<vtkTubeFilter>::New();
        tube->SetInputConnection(line->GetOutputPort());
        tube->SetRadius(needle->radius);
        tube->SetNumberOfSides(12);
        tube->CappingOn();
        auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
        mapper->SetInputConnection(tube->GetOutputPort());
        needle_->SetMapper(mapper);
        needle_->GetProperty()->SetColor(needle->color[0], needle->color[1], needle->color[2]);
    }
}

}  // namespace av
