#include "polygonise.h"

#include <vtkCellArray.h>
#include <vtkCleanPolyData.h>
#include <vtkFlyingEdges3D.h>
#include <vtkFloatArray.h>
#include <vtkIdList.h>
#include <vtkImageData.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataConnectivityFilter.h>
#include <vtkPolyDataNormals.h>
#include <vtkQuadricDecimation.h>
#include <vtkSmartPointer.h>
#include <vtkTriangleFilter.h>
#include <vtkWindowedSincPolyDataFilter.h>

#include <cstdlib>
#include <iostream>
#include <map>

namespace atlasgen {
namespace {

template <class T>
using Ptr = vtkSmartPointer<T>;

Ptr<vtkPolyData> toPoly(const av::Mesh& m) {
    auto pts = Ptr<vtkPoints>::New();
    pts->SetDataTypeToDouble();
    for (auto& p : m.positions) pts->InsertNextPoint(p[0], p[1], p[2]);
    auto cells = Ptr<vtkCellArray>::New();
    for (auto& t : m.triangles) {
        vtkIdType ids[3] = {t[0], t[1], t[2]};
        cells->InsertNextCell(3, ids);
    }
    auto pd = Ptr<vtkPolyData>::New();
    pd->SetPoints(pts);
    pd->SetPolys(cells);
    return pd;
}

av::Mesh fromPoly(vtkPolyData* pd) {
    av::Mesh m;
    for (vtkIdType i = 0; i < pd->GetNumberOfPoints(); ++i) {
        double p[3];
        pd->GetPoint(i, p);
        m.positions.push_back({float(p[0]), float(p[1]), float(p[2])});
    }
    auto ids = Ptr<vtkIdList>::New();
    auto polys = pd->GetPolys();
    polys->InitTraversal();
    while (polys->GetNextCell(ids)) {
        if (ids->GetNumberOfIds() != 3) continue;
        m.triangles.push_back({std::uint32_t(ids->GetId(0)), std::uint32_t(ids->GetId(1)),
                               std::uint32_t(ids->GetId(2))});
    }
    return m;
}

Ptr<vtkPolyData> clean(vtkPolyData* in) {
    auto tri = Ptr<vtkTriangleFilter>::New();
    tri->SetInputData(in);
    auto cl = Ptr<vtkCleanPolyData>::New();
    cl->SetInputConnection(tri->GetOutputPort());
    cl->PointMergingOn();
    cl->SetTolerance(0.0);
    auto conn = Ptr<vtkPolyDataConnectivityFilter>::New();
    conn->SetInputConnection(cl->GetOutputPort());
    conn->SetExtractionModeToLargestRegion();
    auto cl2 = Ptr<vtkCleanPolyData>::New();
    cl2->SetInputConnection(conn->GetOutputPort());
    cl2->Update();
    auto out = Ptr<vtkPolyData>::New();
    out->DeepCopy(cl2->GetOutput());
    return out;
}

size_t badEdges(vtkPolyData* pd) {
    std::map<std::pair<vtkIdType, vtkIdType>, int> edges;
    auto ids = Ptr<vtkIdList>::New();
    auto polys = pd->GetPolys();
    polys->InitTraversal();
    while (polys->GetNextCell(ids))
        for (vtkIdType k = 0; k < ids->GetNumberOfIds(); ++k) {
            vtkIdType a = ids->GetId(k), b = ids->GetId((k + 1) % ids->GetNumberOfIds());
            edges[{std::min(a, b), std::max(a, b)}]++;
        }
    size_t bad = 0;
    for (auto& e : edges) {
        if (e.second != 2 && std::getenv("ATLAS_DEBUG_EDGES") && bad < 6) {
            double p[3];
            pd->GetPoint(e.first.first, p);
            std::cerr << "    bad edge x" << e.second << " at " << p[0] << " " << p[1] << " " << p[2] << "\n";
        }
        bad += e.second != 2;
    }
    return bad;
}

Ptr<vtkPolyData> decimatePoly(vtkPolyData* in, int target) {
    vtkIdType n = in->GetNumberOfPolys();
    if (n <= target) {
        auto out = Ptr<vtkPolyData>::New();
        out->DeepCopy(in);
        return out;
    }
    // Quadric decimation now and then pinches a thin part into a non-manifold edge: retry with a
    // slightly larger budget (deterministic).
    for (double f : {1.0, 1.04, 1.08, 1.2, 1.35, 1.5, 1.75, 2.0, 2.5}) {
        double t = std::min(double(n), target * f);
        auto dec = Ptr<vtkQuadricDecimation>::New();
        dec->SetInputData(in);
        dec->SetTargetReduction(1.0 - t / double(n));
        dec->VolumePreservationOn();
        dec->Update();
        auto out = clean(dec->GetOutput());
        if (badEdges(out) == 0) return out;
    }
    auto out = Ptr<vtkPolyData>::New();  // the undecimated isosurface is manifold
    out->DeepCopy(in);
    return out;
}

}  // namespace

double signedVolume(const av::Mesh& m) {
    double v = 0;
    for (auto& t : m.triangles) {
        V3 a(m.positions[t[0]][0], m.positions[t[0]][1], m.positions[t[0]][2]);
        V3 b(m.positions[t[1]][0], m.positions[t[1]][1], m.positions[t[1]][2]);
        V3 c(m.positions[t[2]][0], m.positions[t[2]][1], m.positions[t[2]][2]);
        v += a.dot(b.cross(c)) / 6.0;
    }
    return v;
}

void finishMesh(av::Mesh& m) {
    auto pd = toPoly(m);
    auto nf = Ptr<vtkPolyDataNormals>::New();
    nf->SetInputData(pd);
    nf->SplittingOff();
    nf->ConsistencyOn();
    nf->AutoOrientNormalsOff();
    nf->ComputePointNormalsOff();
    nf->ComputeCellNormalsOff();
    nf->Update();
    m = fromPoly(nf->GetOutput());
    if (signedVolume(m) < 0)
        for (auto& t : m.triangles) std::swap(t[1], t[2]);
    // Area-weighted vertex normals.
    std::vector<V3> acc(m.positions.size(), V3::Zero());
    for (auto& t : m.triangles) {
        V3 a(m.positions[t[0]][0], m.positions[t[0]][1], m.positions[t[0]][2]);
        V3 b(m.positions[t[1]][0], m.positions[t[1]][1], m.positions[t[1]][2]);
        V3 c(m.positions[t[2]][0], m.positions[t[2]][1], m.positions[t[2]][2]);
        V3 n = (b - a).cross(c - a);
        for (int k = 0; k < 3; ++k) acc[t[k]] += n;
    }
    m.normals.resize(m.positions.size());
    for (size_t i = 0; i < acc.size(); ++i) {
        V3 n = acc[i].norm() > 0 ? V3(acc[i].normalized()) : V3(0, 1, 0);
        m.normals[i] = {float(n.x()), float(n.y()), float(n.z())};
    }
}

Lod polygonise(const Grid& g, int targetFull, int targetLow, int smoothIterations) {
    auto img = Ptr<vtkImageData>::New();
    img->SetDimensions(g.nx(), g.ny(), g.nz());
    img->SetOrigin(g.origin().x(), g.origin().y(), g.origin().z());
    img->SetSpacing(g.h(), g.h(), g.h());
    auto arr = Ptr<vtkFloatArray>::New();
    arr->SetName("sdf");
    arr->SetNumberOfTuples(vtkIdType(g.values().size()));
    for (size_t i = 0; i < g.values().size(); ++i) arr->SetValue(vtkIdType(i), g.values()[i]);
    // Outside on the grid's border: a surface that reaches the border is closed there, never open.
    const float out = float(0.5 * g.h());
    for (int k = 0; k < g.nz(); ++k)
        for (int j = 0; j < g.ny(); ++j)
            for (int i = 0; i < g.nx(); ++i) {
                if (i != 0 && j != 0 && k != 0 && i != g.nx() - 1 && j != g.ny() - 1 && k != g.nz() - 1) continue;
                vtkIdType id = (vtkIdType(k) * g.ny() + j) * g.nx() + i;
                arr->SetValue(id, std::max(arr->GetValue(id), out));
            }
    img->GetPointData()->SetScalars(arr);
    auto fe = Ptr<vtkFlyingEdges3D>::New();
    fe->SetInputData(img);
    fe->SetValue(0, 0.0);
    fe->ComputeNormalsOff();
    fe->ComputeGradientsOff();
    fe->ComputeScalarsOff();
    fe->Update();
    auto surf = clean(fe->GetOutput());
    auto sm = Ptr<vtkWindowedSincPolyDataFilter>::New();
    sm->SetInputData(surf);
    sm->SetNumberOfIterations(smoothIterations);
    sm->SetPassBand(0.05);
    sm->NormalizeCoordinatesOn();
    sm->FeatureEdgeSmoothingOff();
    sm->BoundarySmoothingOff();
    sm->NonManifoldSmoothingOn();
    sm->Update();
    auto smooth = Ptr<vtkPolyData>::New();
    smooth->DeepCopy(sm->GetOutput());
    if (std::getenv("ATLAS_DEBUG"))
        std::cerr << "  polygonise: " << surf->GetNumberOfPolys() << " tris, bad edges " << badEdges(surf) << "\n";
    Lod lod;
    if (std::getenv("ATLAS_DEBUG")) {
        auto d = decimatePoly(smooth, targetFull);
        std::cerr << "  decimated: " << d->GetNumberOfPolys() << " tris, bad edges " << badEdges(d) << "\n";
    }
    lod.full = fromPoly(decimatePoly(smooth, targetFull));
    lod.low = fromPoly(decimatePoly(smooth, targetLow));
    if (std::getenv("ATLAS_DEBUG")) std::cerr << "  before finish " << badEdges(toPoly(lod.full)) << "\n";
    finishMesh(lod.full);
    if (std::getenv("ATLAS_DEBUG")) std::cerr << "  after finish " << badEdges(toPoly(lod.full)) << "\n";
    finishMesh(lod.low);
    return lod;
}

av::Mesh decimate(const av::Mesh& m, int target) {
    auto pd = clean(toPoly(m));
    av::Mesh out = fromPoly(decimatePoly(pd, target));
    finishMesh(out);
    return out;
}

void mirrorZ(av::Mesh& m) {
    for (auto& p : m.positions) p[2] = -p[2];
    for (auto& n : m.normals) n[2] = -n[2];
    for (auto& t : m.triangles) std::swap(t[1], t[2]);
}

void transform(av::Mesh& m, double scale, const V3& off) {
    for (auto& p : m.positions)
        for (int k = 0; k < 3; ++k) p[k] = float(p[k] * scale + off[k]);
}

}  // namespace atlasgen
