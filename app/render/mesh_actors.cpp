#include "render/mesh_actors.h"

#include "render/mesh_to_polydata.h"

#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

namespace av {

void MeshActors::sync(const std::vector<MeshDrawing>& meshes) {
    for (auto& actor : actors_) renderer_->RemoveActor(actor);
    actors_.clear();
    for (const MeshDrawing& lesion : meshes) {
        if (!lesion.mesh || lesion.mesh->triangles.empty()) continue;
        auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
        mapper->SetInputData(toPolyData(*lesion.mesh));
        mapper->ScalarVisibilityOff();
        auto actor = vtkSmartPointer<vtkActor>::New();
        actor->SetMapper(mapper);
        actor->GetProperty()->SetColor(lesion.color[0], lesion.color[1], lesion.color[2]);
        actor->GetProperty()->SetOpacity(lesion.opacity);
        actor->GetProperty()->SetInterpolationToPhong();
        actor->PickableOff();
        renderer_->AddActor(actor);
        actors_.push_back(actor);
    }
}

}  // namespace av
