#pragma once
// Hands an av::Mesh (plain arrays) to VTK.
#include "core/mesh.h"

#include <vtkPolyData.h>
#include <vtkSmartPointer.h>

namespace av {

vtkSmartPointer<vtkPolyData> toPolyData(const Mesh& mesh);

}  // namespace av
