#include "registration.h"

#include "poly_data.h"

#include "core/atlas/atlas.h"

#include <Eigen/Dense>

#include <vtkIterativeClosestPointTransform.h>
#include <vtkLandmarkTransform.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkPolyData.h>
#include <vtkStaticCellLocator.h>

#include <cmath>

namespace atlasimport {
namespace {

}  // namespace

Eigen::Matrix4d scanAxes() {
    Eigen::Matrix4d axes;
    axes << 0, -1, 0, 0,  //
        0, 0, 1, 0,       //
        -1, 0, 0, 0,      //
        0, 0, 0, 1;
    return axes;
}

av::Mesh merged(const av::Mesh& a, const av::Mesh& b) {
    av::Mesh both = a;
    const auto offset = std::uint32_t(a.positions.size());
    both.positions.insert(both.positions.end(), b.positions.begin(), b.positions.end());
    if (a.normals.size() == a.positions.size() && b.normals.size() == b.positions.size())
        both.normals.insert(both.normals.end(), b.normals.begin(), b.normals.end());
    else
        both.normals.clear();
    for (const auto& t : b.triangles) both.triangles.push_back({t[0] + offset, t[1] + offset, t[2] + offset});
    return both;
}

Registration registerScan(const av::Mesh& scanBones, const av::Mesh& referenceBones) {
    // Millimetres and the scan's axes first, so ICP starts from bones that already face the same way.
    const av::Mesh scan = av::toAtlasFrame(scanBones, 0.001, scanAxes());
    vtkNew<vtkIterativeClosestPointTransform> icp;
    const auto source = toPolyData(scan), target = toPolyData(referenceBones);
    icp->SetSource(source);
    icp->SetTarget(target);
    icp->GetLandmarkTransform()->SetModeToSimilarity();
    icp->SetMaximumNumberOfIterations(300);
    icp->SetMaximumNumberOfLandmarks(5000);
    icp->StartByMatchingCentroidsOn();
    icp->CheckMeanDistanceOn();
    icp->SetMaximumMeanDistance(1e-7);
    icp->Update();

    Eigen::Matrix4d fitted;
    vtkMatrix4x4* matrix = icp->GetMatrix();
    for (int row = 0; row < 4; ++row)
        for (int column = 0; column < 4; ++column) fitted(row, column) = matrix->GetElement(row, column);
    Registration registration;
    registration.transform = fitted * scanAxes();
    registration.scale = std::cbrt(fitted.topLeftCorner<3, 3>().determinant());
    return registration;
}

double meanDistanceToSurface(const av::Mesh& from, const av::Mesh& to) {
    const auto surface = toPolyData(to);
    vtkNew<vtkStaticCellLocator> locator;
    locator->SetDataSet(surface);
    locator->BuildLocator();
    double sum = 0;
    for (const auto& p : from.positions) {
        const double query[3] = {p[0], p[1], p[2]};
        double closest[3], squared;
        vtkIdType cell;
        int subId;
        locator->FindClosestPoint(query, closest, cell, subId, squared);
        sum += std::sqrt(squared);
    }
    return from.positions.empty() ? 0.0 : sum / double(from.positions.size());
}

double meanSurfaceDistance(const av::Mesh& a, const av::Mesh& b) {
    return (meanDistanceToSurface(a, b) + meanDistanceToSurface(b, a)) / 2;
}

}  // namespace atlasimport
