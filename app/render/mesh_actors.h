#pragma once
// Meshes drawn beside the atlas' structures, as actors of their own: the volumes a pathology adds inside a
// structure (partial_tear's cleft) and the props of a scene (the seat). Rebuilt only when the render list's
// version for them changes.
#include "core/scene/render_list.h"

#include <vtkActor.h>
#include <vtkSmartPointer.h>

#include <vector>

class vtkRenderer;

namespace av {

class MeshActors {
public:
    explicit MeshActors(vtkRenderer* renderer) : renderer_(renderer) {}
    void sync(const std::vector<MeshDrawing>& meshes);

private:
    vtkRenderer* renderer_;
    std::vector<vtkSmartPointer<vtkActor>> actors_;
};

}  // namespace av
