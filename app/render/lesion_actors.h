#pragma once
// Volumes a pathology adds inside a structure (partial_tear's cleft), drawn as actors of their own; rebuilt
// only when the render list's lesion version changes.
#include "core/scene/render_list.h"

#include <vtkActor.h>
#include <vtkSmartPointer.h>

#include <vector>

class vtkRenderer;

namespace av {

class LesionActors {
public:
    explicit LesionActors(vtkRenderer* renderer) : renderer_(renderer) {}
    void sync(const std::vector<MeshDrawing>& lesions);

private:
    vtkRenderer* renderer_;
    std::vector<vtkSmartPointer<vtkActor>> actors_;
};

}  // namespace av
