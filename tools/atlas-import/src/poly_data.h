#pragma once
// An av::Mesh as VTK poly data (points and triangles), for VTK's ICP, locators and decimation.
#include "core/mesh.h"

#include <vtkPolyData.h>
#include <vtkSmartPointer.h>

namespace atlasimport {

vtkSmartPointer<vtkPolyData> toPolyData(const av::Mesh& mesh);

}  // namespace atlasimport
