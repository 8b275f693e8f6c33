#include "render/mesh_to_polydata.h"

#include <vtkCellArray.h>
#include <vtkFloatArray.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkTypeInt64Array.h>

namespace av {

vtkSmartPointer<vtkPolyData> toPolyData(const Mesh& mesh) {
    auto points = vtkSmartPointer<vtkPoints>::New();
    points->SetDataTypeToFloat();
    points->SetNumberOfPoints(vtkIdType(mesh.positions.size()));
    for (std::size_t i = 0; i < mesh.positions.size(); ++i)
        points->SetPoint(vtkIdType(i), mesh.positions[i].data());

    // Triangles in VTK's offsets + connectivity layout, filled directly instead of cell by cell.
    auto offsets = vtkSmartPointer<vtkTypeInt64Array>::New();
    auto connectivity = vtkSmartPointer<vtkTypeInt64Array>::New();
    offsets->SetNumberOfValues(vtkIdType(mesh.triangles.size() + 1));
    connectivity->SetNumberOfValues(vtkIdType(mesh.triangles.size() * 3));
    for (std::size_t t = 0; t < mesh.triangles.size(); ++t) {
        offsets->SetValue(vtkIdType(t), vtkTypeInt64(3 * t));
        for (int k = 0; k < 3; ++k) connectivity->SetValue(vtkIdType(3 * t + k), mesh.triangles[t][k]);
    }
    offsets->SetValue(vtkIdType(mesh.triangles.size()), vtkTypeInt64(3 * mesh.triangles.size()));
    auto polys = vtkSmartPointer<vtkCellArray>::New();
    polys->SetData(offsets, connectivity);

    auto polyData = vtkSmartPointer<vtkPolyData>::New();
    polyData->SetPoints(points);
    polyData->SetPolys(polys);
    if (mesh.normals.size() == mesh.positions.size()) {
        auto normals = vtkSmartPointer<vtkFloatArray>::New();
        normals->SetNumberOfComponents(3);
        normals->SetName("Normals");
        normals->SetNumberOfTuples(vtkIdType(mesh.normals.size()));
        for (std::size_t i = 0; i < mesh.normals.size(); ++i) normals->SetTypedTuple(vtkIdType(i), mesh.normals[i].data());
        polyData->GetPointData()->SetNormals(normals);
    }
    return polyData;
}

}  // namespace av
