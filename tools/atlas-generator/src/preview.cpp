#include "preview.h"

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkFloatArray.h>
#include <vtkLight.h>
#include <vtkPNGWriter.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkPolyDataReader.h>
#include <vtkPolyDataNormals.h>
#include <vtkProperty.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkWindowToImageFilter.h>

namespace atlasgen {

namespace {
template <class T>
using Ptr = vtkSmartPointer<T>;

Ptr<vtkPolyData> poly(const av::Mesh& m) {
    auto pts = Ptr<vtkPoints>::New();
    for (auto& p : m.positions) pts->InsertNextPoint(p[0], p[1], p[2]);
    auto n = Ptr<vtkFloatArray>::New();
    n->SetNumberOfComponents(3);
    for (auto& v : m.normals) n->InsertNextTuple3(v[0], v[1], v[2]);
    auto cells = Ptr<vtkCellArray>::New();
    for (auto& t : m.triangles) {
        vtkIdType ids[3] = {t[0], t[1], t[2]};
        cells->InsertNextCell(3, ids);
    }
    auto pd = Ptr<vtkPolyData>::New();
    pd->SetPoints(pts);
    pd->SetPolys(cells);
    if (!m.normals.empty()) pd->GetPointData()->SetNormals(n);
    return pd;
}
}  // namespace

void renderPreview(const AtlasResult& atlas, const std::string& view, const std::filesystem::path& png,
                   const std::set<std::string>& hidden, bool low, const std::vector<std::string>& refs) {
    auto ren = Ptr<vtkRenderer>::New();
    ren->SetBackground(0.17, 0.19, 0.23);
    for (const auto& f : refs) {
        auto rd = Ptr<vtkPolyDataReader>::New();
        rd->SetFileName(f.c_str());
        auto nf = Ptr<vtkPolyDataNormals>::New();
        nf->SetInputConnection(rd->GetOutputPort());
        auto mapper = Ptr<vtkPolyDataMapper>::New();
        mapper->SetInputConnection(nf->GetOutputPort());
        auto actor = Ptr<vtkActor>::New();
        actor->SetMapper(mapper);
        bool muscle = f.find("/b") != std::string::npos || f.find("/s") != std::string::npos;
        if (f.find("sacrum") != std::string::npos) muscle = false;
        if (muscle) actor->GetProperty()->SetColor(0.66, 0.27, 0.23);
        else actor->GetProperty()->SetColor(0.9, 0.86, 0.76);
        ren->AddActor(actor);
    }
    for (const auto& s : atlas.structures) {
        if (!refs.empty()) break;
        if (s.group || hidden.count(s.id)) continue;
        const auto& m = (low ? atlas.low : atlas.full).at(s.id);
        auto mapper = Ptr<vtkPolyDataMapper>::New();
        mapper->SetInputData(poly(m));
        auto actor = Ptr<vtkActor>::New();
        actor->SetMapper(mapper);
        auto c = [&](int i) { return std::stoi(s.color.substr(1 + 2 * i, 2), nullptr, 16) / 255.0; };
        actor->GetProperty()->SetColor(c(0), c(1), c(2));
        actor->GetProperty()->SetOpacity(s.opacity);
        actor->GetProperty()->SetSpecular(0.2);
        actor->GetProperty()->SetSpecularPower(20);
        ren->AddActor(actor);
    }
    auto win = Ptr<vtkRenderWindow>::New();
    win->SetOffScreenRendering(1);
    win->SetSize(1280, 800);
    win->AddRenderer(ren);
    ren->SetUseDepthPeeling(1);
    win->SetAlphaBitPlanes(1);
    win->SetMultiSamples(0);
    auto cam = ren->GetActiveCamera();
    // Atlas frame: X anterior, Y superior, Z right (metres).
    double fx = -0.08, fy = -0.25, fz = 0.07, dist = 1.6;
    double dx = 0, dy = 0, dz = 0;
    double scale = 0.33;
    if (view == "posterior") dx = -1;
    else if (view == "anterior") dx = 1;
    else if (view == "lateral") dz = 1;
    else if (view == "medial") { dz = -1; fz = 0.05; }
    else if (view == "superior") { dy = 1; fy = 0; scale = 0.2; }
    else if (view == "pelvis") { dx = -1; fy = -0.02; scale = 0.17; fz = 0.02; }
    else if (view == "pelvis-lateral") { dz = 1; fy = -0.02; scale = 0.17; }
    else if (view == "pelvis-medial") { dz = -1; fy = -0.02; scale = 0.17; fz = 0.06; }
    else if (view == "tuberosity") { dx = -0.8; dy = -0.5; dz = 0.3; fx = -0.12; fy = -0.1; fz = 0.065; scale = 0.06; }
    else if (view == "knee") { dx = -1; fy = -0.49; fx = -0.09; fz = 0.085; scale = 0.1; }
    else if (view == "hip") { dx = -1; fy = -0.07; fz = 0.085; scale = 0.1; }
    else if (view == "hip-lateral") { dz = 1; fx = -0.07; fy = -0.06; scale = 0.12; }
    else dx = -1;
    cam->SetFocalPoint(fx, fy, fz);
    cam->SetPosition(fx + dx * dist, fy + dy * dist, fz + dz * dist);
    cam->SetViewUp(view == "superior" ? 1 : 0, view == "superior" ? 0 : 1, 0);
    cam->ParallelProjectionOn();
    cam->SetParallelScale(scale);
    ren->ResetCameraClippingRange();
    win->Render();
    auto w2i = Ptr<vtkWindowToImageFilter>::New();
    w2i->SetInput(win);
    w2i->Update();
    auto wr = Ptr<vtkPNGWriter>::New();
    wr->SetFileName(png.string().c_str());
    wr->SetInputConnection(w2i->GetOutputPort());
    wr->Write();
}

}  // namespace atlasgen
