#include "poly_data.h"

#include <vtkCellArray.h>
#include <vtkNew.h>
#include <vtkPoints.h>

namespace atlasimport {

vtkSmartPointer<vtkPolyData> toPolyData(const av::Mesh& mesh) {
    vtkNew<vtkPoints> points;
    points->SetDataTypeToDouble();
    points->SetNumberOfPoints(vtkIdType(mesh.positions.size()));
    for (std::size_t i = 0; i < mesh.positions.size(); ++i)
        points->SetPoint(vtkIdType(i), mesh.positions[i][0], mesh.positions[i][1], mesh.positions[i][2]);
    vtkNew<vtkCellArray> triangles;
    for (const auto& t : mesh.triangles) {
        const vtkIdType ids[3] = {vtkIdType(t[0]), vtkIdType(t[1]), vtkIdType(t[2])};
        triangles->InsertNextCell(3, ids);
    }
    auto polyData = vtkSmartPointer<vtkPolyData>::New();
    polyData->SetPoints(points);
    polyData->SetPolys(triangles);
    return polyData;
}

}  // namespace atlasimport
