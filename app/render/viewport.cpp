#include "render/viewport.h"

#include "core/palette.h"
#include "render/embedded_shaders.h"
#include "render/instrument_actors.h"
#include "render/mesh_actors.h"
#include "render/mesh_to_polydata.h"
#include "render/ultrasound_plane_actor.h"

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellPicker.h>
#include <vtkFloatArray.h>
#include <vtkLight.h>
#include <vtkLightKit.h>
#include <vtkMatrix4x4.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderStepsPass.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkShaderProperty.h>
#include <vtkTranslucentPass.h>
#include <vtkUniforms.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>
#include <cmath>

namespace av {
namespace {

constexpr float kRimColor[3] = {0.85f, 0.95f, 1.0f};
constexpr float kRimStrength = 0.7f;

// Bone is matt, wet soft tissue glossier.
double specularOf(const StructureSpec& spec) { return spec.kind == StructureKind::Bone ? 0.15 : 0.3; }

// RGBA per vertex: the paint's colour, and an opacity from the structure's (unpainted) to the paint's (at full
// strength), as the render list says.
vtkSmartPointer<vtkUnsignedCharArray> colorArray(const std::vector<Rgba8>& colors, float opacity, float paintOpacity) {
    auto array = vtkSmartPointer<vtkUnsignedCharArray>::New();
    array->SetNumberOfComponents(4);
    array->SetNumberOfTuples(vtkIdType(colors.size()));
    unsigned char* out = array->GetPointer(0);
    for (const Rgba8& c : colors) {
        const float strength = c[3] / 255.0f;
        *out++ = c[0];
        *out++ = c[1];
        *out++ = c[2];
        *out++ = static_cast<unsigned char>(std::lround(255.0f * (opacity + (paintOpacity - opacity) * strength)));
    }
    return array;
}

}  // namespace

struct Viewport::Impl {
    const Atlas& atlas;
    vtkSmartPointer<vtkRenderer> scene = vtkSmartPointer<vtkRenderer>::New();
    // Draws the highlighted structures once more over everything, translucent: they show through what covers them.
    vtkSmartPointer<vtkRenderer> ghostLayer = vtkSmartPointer<vtkRenderer>::New();
    std::vector<vtkSmartPointer<vtkActor>> actors, ghosts;
    std::vector<vtkSmartPointer<vtkPolyData>> full, low;
    std::vector<float> paintedOpacity;  // the opacity each structure's paint was last pushed with
    vtkSmartPointer<vtkCellPicker> picker = vtkSmartPointer<vtkCellPicker>::New();
    InstrumentActors instruments{scene};
    UltrasoundPlaneActor ultrasound{scene};
    MeshActors lesions{scene}, props{scene};
    // Per level of detail: the mesh holds posed points, not its own (pathology may take them back).
    std::vector<bool> deformedFull, deformedLow;
    bool lowDetail = false;
    std::uint64_t poseVersion = 0, paintVersion = 0, instrumentsVersion = 0, ultrasoundVersion = 0, lesionsVersion = 0,
                  propsVersion = 0;

    explicit Impl(const Atlas& a) : atlas(a) {
        scene->SetBackground(palette::kBackgroundBottom[0], palette::kBackgroundBottom[1], palette::kBackgroundBottom[2]);
        scene->SetBackground2(palette::kBackgroundTop[0], palette::kBackgroundTop[1], palette::kBackgroundTop[2]);
        scene->GradientBackgroundOn();
        scene->SetLayer(0);
        // Plain alpha blending for the few see-through structures (skin, bursae, x-ray): VTK's default
        // order-independent translucency adds full-screen passes that a software renderer cannot afford.
        // The ghost layer is all translucent, so it needs the plain pass most: with VTK's default it paid
        // about 8 ms a frame on llvmpipe at 1280x800 whenever something was selected.
        for (vtkRenderer* renderer : {scene.Get(), ghostLayer.Get()}) {
            auto steps = vtkSmartPointer<vtkRenderStepsPass>::New();
            steps->SetTranslucentPass(vtkSmartPointer<vtkTranslucentPass>::New());
            renderer->SetPass(steps);
        }
        ghostLayer->SetLayer(1);
        ghostLayer->InteractiveOff();
        ghostLayer->SetActiveCamera(scene->GetActiveCamera());
        useLights(false);
        picker->SetTolerance(0.0);
        picker->PickFromListOn();
        for (const auto& structure : atlas.structures()) addActor(structure);
        paintedOpacity.assign(actors.size(), -1.0f);
        deformedFull.assign(actors.size(), false);
        deformedLow.assign(actors.size(), false);
    }

    void addActor(const Structure& structure) {
        full.push_back(toPolyData(structure.mesh));
        low.push_back(structure.meshLow.triangles.empty() ? full.back() : toPolyData(structure.meshLow));
        auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
        mapper->SetInputData(full.back());
        mapper->ScalarVisibilityOff();
        mapper->SetColorModeToDirectScalars();
        auto actor = vtkSmartPointer<vtkActor>::New();
        actor->SetMapper(mapper);
        actor->GetProperty()->SetInterpolationToPhong();
        actor->GetProperty()->SetSpecular(specularOf(structure.spec));
        actor->GetProperty()->SetSpecularPower(20);
        actor->VisibilityOff();
        // Every actor carries the rim (strength 0 unless highlighted): highlighting then changes a uniform,
        // never the shader, so there is no recompile on click.
        vtkShaderProperty* shader = actor->GetShaderProperty();
        shader->AddFragmentShaderReplacement("//VTK::Light::Impl", true, shaders::kHighlightRimGlsl, false);
        shader->GetFragmentCustomUniforms()->SetUniform3f("rimColor", kRimColor);
        shader->GetFragmentCustomUniforms()->SetUniformf("rimStrength", 0.0f);
        scene->AddActor(actor);
        actors.push_back(actor);

        auto ghost = vtkSmartPointer<vtkActor>::New();
        ghost->SetMapper(mapper);
        ghost->GetProperty()->SetOpacity(palette::kGhostOpacity);
        ghost->GetProperty()->SetAmbient(0.5);
        ghost->GetProperty()->SetDiffuse(0.6);
        ghost->GetShaderProperty()->AddFragmentShaderReplacement("//VTK::Light::Impl", true, shaders::kXrayGhostGlsl,
                                                                 false);
        ghost->PickableOff();
        ghost->VisibilityOff();
        ghostLayer->AddActor(ghost);
        ghosts.push_back(ghost);
    }

    // Full detail: a light kit (key, fill, two back lights, headlight) that models shape well. Low
    // detail (software renderers): a headlight alone, VTK's cheapest lighting path (a third less per frame).
    void useLights(bool simple) {
        for (vtkRenderer* renderer : {scene.Get(), ghostLayer.Get()}) {
            renderer->RemoveAllLights();
            if (!simple) {
                vtkSmartPointer<vtkLightKit>::New()->AddLightsToRenderer(renderer);
                continue;
            }
            auto head = vtkSmartPointer<vtkLight>::New();
            head->SetLightTypeToHeadlight();
            renderer->AddLight(head);
        }
    }

    void setLowDetail(bool on) {
        lowDetail = on;
        useLights(on);
        // Per-pixel extras a software renderer pays for in every frame: highlights and the gradient.
        scene->SetGradientBackground(!on);
        for (std::size_t i = 0; i < actors.size(); ++i) {
            actors[i]->GetProperty()->SetSpecular(on ? 0.0 : specularOf(atlas.structures()[i].spec));
            vtkPolyDataMapper::SafeDownCast(actors[i]->GetMapper())->SetInputData(on ? low[i] : full[i]);
        }
        poseVersion = 0;  // the meshes now on show need their posed points
    }

    // Moves every structure to its posed place (rigid transform, or new points of the detail on show).
    void pushPose(const RenderItem& item) {
        const PosedStructure& p = *item.posed;
        auto matrix = vtkSmartPointer<vtkMatrix4x4>::New();
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 4; ++c) matrix->SetElement(r, c, p.deformed ? double(r == c) : p.rigid.matrix()(r, c));
        actors[item.index]->SetUserMatrix(matrix);
        ghosts[item.index]->SetUserMatrix(matrix);
        vtkPolyData* shown = lowDetail ? low[item.index] : full[item.index];
        std::vector<bool>& deformedShown = lowDetail ? deformedLow : deformedFull;
        if (p.deformed) {
            deformedShown[item.index] = setPoints(shown, p.positions, p.normals);
        } else if (deformedShown[item.index]) {
            // Moved rigidly again (a pathology turned off): the mesh's own points come back.
            const Structure& structure = atlas.structures()[item.index];
            const Mesh& own = lowDetail && !structure.meshLow.triangles.empty() ? structure.meshLow : structure.mesh;
            setPoints(shown, own.positions, own.normals);
            deformedShown[item.index] = false;
        }
    }

    // Copies points (and normals, when they match) into the mesh on show; false when the counts differ.
    static bool setPoints(vtkPolyData* shown, const std::vector<Vec3f>& positions, const std::vector<Vec3f>& normalsIn) {
        vtkPoints* points = shown->GetPoints();
        if (!points || positions.empty() || points->GetNumberOfPoints() != vtkIdType(positions.size())) return false;
        std::copy(positions.front().data(), positions.front().data() + 3 * positions.size(),
                  static_cast<float*>(points->GetVoidPointer(0)));
        points->Modified();
        if (auto* normals = vtkFloatArray::SafeDownCast(shown->GetPointData()->GetNormals());
            normals && !normalsIn.empty() && normals->GetNumberOfTuples() == vtkIdType(normalsIn.size())) {
            std::copy(normalsIn.front().data(), normalsIn.front().data() + 3 * normalsIn.size(), normals->GetPointer(0));
            normals->Modified();
        }
        return true;
    }

    // The painted colours, again whenever the paint or the structure's opacity changes (its alpha is in them).
    void pushPaint(const RenderItem& item) {
        auto* mapper = vtkPolyDataMapper::SafeDownCast(actors[item.index]->GetMapper());
        mapper->SetScalarVisibility(item.paint != nullptr);
        paintedOpacity[item.index] = item.opacity;
        if (!item.paint) return;
        if (item.paint->full.size() == std::size_t(full[item.index]->GetNumberOfPoints()) && !item.paint->full.empty())
            full[item.index]->GetPointData()->SetScalars(colorArray(item.paint->full, item.opacity, item.paintOpacity));
        if (item.paint->low.size() == std::size_t(low[item.index]->GetNumberOfPoints()) && !item.paint->low.empty())
            low[item.index]->GetPointData()->SetScalars(colorArray(item.paint->low, item.opacity, item.paintOpacity));
    }

    void pushLook(const RenderItem& item) {
        vtkActor* actor = actors[item.index];
        vtkProperty* property = actor->GetProperty();
        property->SetColor(item.color[0], item.color[1], item.color[2]);
        property->SetAmbient(item.highlighted ? 0.35 : 0.1);
        // A painted structure's opacity is in its vertex colours.
        property->SetOpacity(item.paint ? 1.0 : item.opacity);
        actor->GetShaderProperty()->GetFragmentCustomUniforms()->SetUniformf("rimStrength",
                                                                             item.highlighted ? kRimStrength : 0.0f);
        actor->SetVisibility(item.visible);
        ghosts[item.index]->SetVisibility(item.ghost);
        // Seen through what covers it in its own colour: the highlight, or the glow of what a seat presses on.
        ghosts[item.index]->GetProperty()->SetColor(item.color[0], item.color[1], item.color[2]);
        if (item.pickable) picker->AddPickList(actor);
    }
};

Viewport::Viewport(const Atlas& atlas) : impl_(std::make_unique<Impl>(atlas)) {}
Viewport::~Viewport() = default;

void Viewport::attach(vtkRenderWindow* window) {
    window->SetNumberOfLayers(2);
    window->AddRenderer(impl_->scene);
    window->AddRenderer(impl_->ghostLayer);
}

vtkRenderer* Viewport::renderer() { return impl_->scene; }

void Viewport::sync(const RenderList& list) {
    auto& d = *impl_;
    if (list.lowDetail != d.lowDetail) d.setLowDetail(list.lowDetail);
    const bool newPose = list.poseVersion != d.poseVersion, newPaint = list.paintVersion != d.paintVersion;
    d.picker->InitializePickList();
    for (const RenderItem& item : list.structures) {
        if (item.index >= d.actors.size()) continue;
        if (newPose && item.posed) d.pushPose(item);
        if (newPaint || (item.paint && item.opacity != d.paintedOpacity[item.index])) d.pushPaint(item);
        d.pushLook(item);
    }
    d.poseVersion = list.poseVersion;
    d.paintVersion = list.paintVersion;
    if (list.instrumentsVersion != d.instrumentsVersion) d.instruments.sync(list.probe, list.needle);
    d.instrumentsVersion = list.instrumentsVersion;
    if (list.ultrasoundVersion != d.ultrasoundVersion) d.ultrasound.sync(list.ultrasound);
    d.ultrasoundVersion = list.ultrasoundVersion;
    if (list.lesionsVersion != d.lesionsVersion) d.lesions.sync(list.lesions);
    d.lesionsVersion = list.lesionsVersion;
    if (list.propsVersion != d.propsVersion) d.props.sync(list.props);
    d.propsVersion = list.propsVersion;
}

bool Viewport::lowDetail() const { return impl_->lowDetail; }

void Viewport::setArea(double xmin, double ymin, double xmax, double ymax) {
    for (vtkRenderer* renderer : {impl_->scene.Get(), impl_->ghostLayer.Get()}) renderer->SetViewport(xmin, ymin, xmax, ymax);
}

CameraPose Viewport::camera() const {
    vtkCamera* camera = impl_->scene->GetActiveCamera();
    CameraPose pose;
    camera->GetFocalPoint(pose.focal.data());
    camera->GetPosition(pose.position.data());
    camera->GetViewUp(pose.up.data());
    return pose;
}

void Viewport::setCamera(const CameraPose& pose) {
    vtkCamera* camera = impl_->scene->GetActiveCamera();
    camera->SetFocalPoint(pose.focal.data());
    camera->SetPosition(pose.position.data());
    camera->SetViewUp(pose.up.data());
    camera->OrthogonalizeViewUp();
    impl_->scene->ResetCameraClippingRange();
}

Lens Viewport::lens() const {
    return {impl_->scene->GetActiveCamera()->GetViewAngle(), std::max(0.1, impl_->scene->GetTiledAspectRatio())};
}

std::optional<std::array<double, 2>> Viewport::project(const Eigen::Vector3d& point) {
    auto& d = *impl_;
    d.scene->SetWorldPoint(point.x(), point.y(), point.z(), 1.0);
    d.scene->WorldToDisplay();
    const double* display = d.scene->GetDisplayPoint();
    const int* size = d.scene->GetSize();
    if (display[2] < 0 || display[2] > 1 || display[0] < 0 || display[1] < 0 || display[0] > size[0] || display[1] > size[1])
        return std::nullopt;
    return std::array<double, 2>{display[0], display[1]};
}

std::pair<Eigen::Vector3d, Eigen::Vector3d> Viewport::rayThrough(int x, int y) {
    auto& d = *impl_;
    Eigen::Vector3d ends[2];
    for (int k = 0; k < 2; ++k) {
        d.scene->SetDisplayPoint(x, y, k);
        d.scene->DisplayToWorld();
        const double* w = d.scene->GetWorldPoint();
        ends[k] = Eigen::Vector3d(w[0], w[1], w[2]) / (w[3] != 0 ? w[3] : 1.0);
    }
    return {ends[0], (ends[1] - ends[0]).normalized()};
}

std::optional<PickHit> Viewport::pick(int x, int y) {
    auto& d = *impl_;
    if (!d.picker->Pick(x, y, 0, d.scene)) return std::nullopt;
    vtkActor* hit = d.picker->GetActor();
    for (std::size_t i = 0; i < d.actors.size(); ++i)
        if (d.actors[i] == hit) {
            PickHit pick{i, Eigen::Vector3d(d.picker->GetPickPosition()), Eigen::Vector3d(d.picker->GetPickNormal())};
            if (pick.normal.norm() > 1e-9) pick.normal.normalize();
            return pick;
        }
    return std::nullopt;
}

}  // namespace av
