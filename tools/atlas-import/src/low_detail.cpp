#include "low_detail.h"

#include "poly_data.h"

#include "core/atomic_file.h"

#include <vtkCellArray.h>
#include <vtkCleanPolyData.h>
#include <vtkNew.h>
#include <vtkPolyData.h>
#include <vtkQuadricDecimation.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

namespace atlasimport {
namespace {

// Binary STL: an 80-byte header, the triangle count, then per triangle its normal, three corners and two
// attribute bytes (little-endian floats, as every reader expects).
std::string binaryStl(vtkPolyData* polyData) {
    vtkCellArray* polys = polyData->GetPolys();
    std::string bytes(80, '\0');
    const auto count = std::uint32_t(polys->GetNumberOfCells());
    bytes.append(reinterpret_cast<const char*>(&count), 4);
    vtkIdType size;
    const vtkIdType* ids;
    for (polys->InitTraversal(); polys->GetNextCell(size, ids);) {
        if (size != 3) continue;
        double p[3][3];
        for (int corner = 0; corner < 3; ++corner) polyData->GetPoint(ids[corner], p[corner]);
        const double u[3] = {p[1][0] - p[0][0], p[1][1] - p[0][1], p[1][2] - p[0][2]};
        const double v[3] = {p[2][0] - p[0][0], p[2][1] - p[0][1], p[2][2] - p[0][2]};
        double n[3] = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
        const double length = std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        float record[12];
        for (int axis = 0; axis < 3; ++axis) record[axis] = length > 0 ? float(n[axis] / length) : 0.0f;
        for (int corner = 0; corner < 3; ++corner)
            for (int axis = 0; axis < 3; ++axis) record[3 + 3 * corner + axis] = float(p[corner][axis]);
        bytes.append(reinterpret_cast<const char*>(record), sizeof record);
        bytes.append(2, '\0');
    }
    return bytes;
}

}  // namespace

std::size_t writeLowDetail(const av::Mesh& mesh, double keep, const std::filesystem::path& path) {
    const auto polyData = toPolyData(mesh);
    // Decimation needs shared vertices; an STL file has none.
    vtkNew<vtkCleanPolyData> weld;
    weld->SetInputData(polyData);
    constexpr double kFewest = 200;
    const double count = double(std::max<std::size_t>(mesh.triangles.size(), 1));
    const double fraction = std::clamp(std::max(keep, kFewest / count), 0.0, 1.0);
    vtkNew<vtkQuadricDecimation> decimate;
    decimate->SetInputConnection(weld->GetOutputPort());
    decimate->SetTargetReduction(1.0 - fraction);
    decimate->VolumePreservationOn();

    decimate->Update();
    vtkPolyData* low = decimate->GetOutput();
    av::writeFileAtomically(path, binaryStl(low));
    return std::size_t(low->GetNumberOfPolys());
}

}  // namespace atlasimport
