#include "render/viewport.h"

#include "core/palette.h"
#include "core/views.h"
#include "render/embedded_shaders.h"
#include "render/mesh_to_polydata.h"

#include <vtkActor.h>
#include <vtkFloatArray.h>
#include <vtkMatrix4x4.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkCamera.h>
#include <vtkCellPicker.h>
#include <vtkCubeSource.h>
#include <vtkLineSource.h>
#include <vtkTubeFilter.h>
#include <vtkTransform.h>
#include <vtkUnsignedCharArray.h>
#include <vtkLight.h>
#include <vtkLightKit.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderWindow.h>
#include <vtkRenderStepsPass.h>
#include <vtkRenderer.h>
#include <vtkTranslucentPass.h>
#include <vtkShaderProperty.h>
#include <vtkUniforms.h>

#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>
#include <optional>

namespace av {
namespace {

bool isLeftSide(const StructureSpec& spec) {
    auto endsWith = [](const std::string& s, const std::string& suffix) {
        return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return endsWith(spec.id, "_left") || endsWith(spec.segment, "_left");
}

std::array<float, 3> lighten(const std::array<float, 3>& c, float amount) {
    return {c[0] + (1 - c[0]) * amount, c[1] + (1 - c[1]) * amount, c[2] + (1 - c[2]) * amount};
}

constexpr float kRimColor[3] = {0.85f, 0.95f, 1.0f};
constexpr float kRimStrength = 0.7f;
constexpr float kXrayOpacity = 0.12f;

// Bone is matt, wet soft tissue glossier.
double specularOf(const StructureSpec& spec) { return spec.kind == StructureKind::Bone ? 0.15 : 0.3; }

struct CameraPose {
    Eigen::Vector3d focal, position, up;
};

}  // namespace

struct Viewport::Impl {
    const Atlas& atlas;
    vtkSmartPointer<vtkRenderer> scene = vtkSmartPointer<vtkRenderer>::New();
    // Draws the selection once more over everything, translucent: it shows through what covers it.
    vtkSmartPointer<vtkRenderer> ghostLayer = vtkSmartPointer<vtkRenderer>::New();
    std::vector<vtkSmartPointer<vtkActor>> actors, ghosts;
    std::vector<vtkSmartPointer<vtkPolyData>> full, low;
    vtkSmartPointer<vtkCellPicker> picker = vtkSmartPointer<vtkCellPicker>::New();
    std::vector<std::optional<std::array<float, 3>>> colorOverrides;
    vtkSmartPointer<vtkActor> probe = vtkSmartPointer<vtkActor>::New(), needle = vtkSmartPointer<vtkActor>::New();
    bool lowDetail = false;
    bool hideLeftSide = false;
    // A camera flight: from, to, and how far along (0..1).
    CameraPose flightFrom, flightTo;
    double flightSeconds = 0, flightElapsed = 0;
    bool flying = false;

    explicit Impl(const Atlas& a) : atlas(a) {
        scene->SetBackground(palette::kBackgroundBottom[0], palette::kBackgroundBottom[1], palette::kBackgroundBottom[2]);
        scene->SetBackground2(palette::kBackgroundTop[0], palette::kBackgroundTop[1], palette::kBackgroundTop[2]);
        scene->GradientBackgroundOn();
        scene->SetLayer(0);
        // Plain alpha blending for the few see-through structures (skin, bursae, x-ray): VTK's default
        // order-independent translucency adds full-screen passes that a software renderer cannot afford.
        auto steps = vtkSmartPointer<vtkRenderStepsPass>::New();
        steps->SetTranslucentPass(vtkSmartPointer<vtkTranslucentPass>::New());
        scene->SetPass(steps);
        ghostLayer->SetLayer(1);
        ghostLayer->InteractiveOff();
        ghostLayer->SetActiveCamera(scene->GetActiveCamera());
        useLights(false);
        picker->SetTolerance(0.0);
        picker->PickFromListOn();
        for (const auto& structure : atlas.structures()) addActor(structure);
        for (vtkActor* instrument : {probe.Get(), needle.Get()}) {
            instrument->VisibilityOff();
            instrument->PickableOff();
            scene->AddActor(instrument);
        }
        probe->GetProperty()->SetColor(0.35, 0.38, 0.42);
        needle->GetProperty()->SetColor(0.85, 0.87, 0.9);
        needle->GetProperty()->SetSpecular(0.8);
    }

    void addActor(const Structure& structure) {
        full.push_back(toPolyData(structure.mesh));
        low.push_back(structure.meshLow.triangles.empty() ? full.back() : toPolyData(structure.meshLow));
        auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
        mapper->SetInputData(full.back());
        mapper->ScalarVisibilityOff();
        auto actor = vtkSmartPointer<vtkActor>::New();
        actor->SetMapper(mapper);
        actor->GetProperty()->SetInterpolationToPhong();
        actor->GetProperty()->SetSpecular(specularOf(structure.spec));
        actor->GetProperty()->SetSpecularPower(20);
        actor->SetVisibility(!structure.spec.isGroup());
        // Every actor carries the rim (strength 0 unless selected): selecting then changes a uniform,
        // never the shader, so there is no recompile on click.
        vtkShaderProperty* shader = actor->GetShaderProperty();
        shader->AddFragmentShaderReplacement("//VTK::Light::Impl", true, shaders::kHighlightRimGlsl, false);
        shader->GetFragmentCustomUniforms()->SetUniform3f("rimColor", kRimColor);
        shader->GetFragmentCustomUniforms()->SetUniformf("rimStrength", 0.0f);
        scene->AddActor(actor);
        actors.push_back(actor);

        auto ghost = vtkSmartPointer<vtkActor>::New();
        ghost->SetMapper(mapper);
        ghost->GetProperty()->SetColor(palette::kHighlight[0], palette::kHighlight[1], palette::kHighlight[2]);
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
                auto kit = vtkSmartPointer<vtkLightKit>::New();
                kit->AddLightsToRenderer(renderer);
                continue;
            }
            auto head = vtkSmartPointer<vtkLight>::New();
            head->SetLightTypeToHeadlight();
            renderer->AddLight(head);
        }
    }

    bool shown(const SceneState& state, std::size_t i) const {
        const auto& spec = atlas.structures()[i].spec;
        return state.visible[i] && !spec.isGroup() && !(hideLeftSide && isLeftSide(spec));
    }

    std::vector<std::size_t> selectedDrawn(const SceneState& state) const {
        return state.selected ? atlas.drawnIndices(*state.selected) : std::vector<std::size_t>{};
    }

    // Bounding box of the given structures' actors as posed (lo, hi), or nothing when all are empty.
    std::optional<std::pair<Eigen::Vector3d, Eigen::Vector3d>> boxOf(const std::vector<std::size_t>& indices) const {
        Eigen::Vector3d lo = Eigen::Vector3d::Constant(1e30), hi = Eigen::Vector3d::Constant(-1e30);
        for (std::size_t i : indices) {
            // The actor's bounds: posed, deformed and moved by its user matrix.
            const double* b = actors[i]->GetBounds();
            if (!b || !(b[0] <= b[1])) continue;
            lo = lo.cwiseMin(Eigen::Vector3d(b[0], b[2], b[4]));
            hi = hi.cwiseMax(Eigen::Vector3d(b[1], b[3], b[5]));
        }
        if (lo.x() > hi.x()) return std::nullopt;
        return std::pair{lo, hi};
    }

    // Bounding sphere of the given structures as posed, in metres.
    std::pair<Eigen::Vector3d, double> sphereOf(const std::vector<std::size_t>& indices) const {
        const auto box = boxOf(indices);
        if (!box) return {Eigen::Vector3d::Zero(), 0.5};
        return {(box->first + box->second) / 2, std::max(0.01, (box->second - box->first).norm() / 2)};
    }

    CameraPose currentPose() {
        vtkCamera* camera = scene->GetActiveCamera();
        CameraPose pose;
        camera->GetFocalPoint(pose.focal.data());
        camera->GetPosition(pose.position.data());
        camera->GetViewUp(pose.up.data());
        return pose;
    }

    void applyPose(const CameraPose& pose) {
        vtkCamera* camera = scene->GetActiveCamera();
        camera->SetFocalPoint(pose.focal.data());
        camera->SetPosition(pose.position.data());
        camera->SetViewUp(pose.up.data());
        camera->OrthogonalizeViewUp();
        scene->ResetCameraClippingRange();
    }

    // Centre of the structures' bounding box and the camera distance at which the box, seen along
    // -towards with the given up, fills the view (height or width, whichever binds) with a margin.
    std::pair<Eigen::Vector3d, double> fitBox(const std::vector<std::size_t>& indices, const Eigen::Vector3d& towards,
                                              const Eigen::Vector3d& up) {
        const auto box = boxOf(indices);
        if (!box) return {Eigen::Vector3d::Zero(), 1.0};
        const Eigen::Vector3d centre = (box->first + box->second) / 2, half = (box->second - box->first) / 2;
        const Eigen::Vector3d right = up.cross(towards);
        auto extent = [&half](const Eigen::Vector3d& axis) { return half.dot(axis.cwiseAbs()); };
        const double tanHalf = std::tan(scene->GetActiveCamera()->GetViewAngle() * M_PI / 360.0);
        const double aspect = std::max(0.1, scene->GetTiledAspectRatio());
        const double distance = std::max(extent(up) / tanHalf, extent(right) / (tanHalf * aspect));
        return {centre, 1.08 * distance + extent(towards)};
    }

    // Moves the camera to `to` over `seconds` (advance() carries the flight), or at once.
    void flyTo(const CameraPose& to, double seconds) {
        flying = seconds > 0;
        if (!flying) {
            applyPose(to);
            return;
        }
        flightFrom = currentPose();
        flightTo = to;
        flightSeconds = seconds;
        flightElapsed = 0;
    }

    // Camera distance at which a sphere of the radius fills the view with a small margin.
    double fitDistance(double radius) {
        const double halfAngle = scene->GetActiveCamera()->GetViewAngle() * M_PI / 360.0;
        return 1.1 * radius / std::sin(halfAngle);
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

void Viewport::sync(const SceneState& state) {
    auto& d = *impl_;
    const auto& preset = findViewPreset(state.view);
    d.hideLeftSide = preset && preset->hidesLeftSide;
    auto selected = d.selectedDrawn(state);
    selected.insert(selected.end(), state.highlighted.begin(), state.highlighted.end());
    const auto hovered = state.hovered ? d.atlas.drawnIndices(*state.hovered) : std::vector<std::size_t>{};
    auto contains = [](const std::vector<std::size_t>& v, std::size_t i) {
        return std::find(v.begin(), v.end(), i) != v.end();
    };
    d.picker->InitializePickList();
    for (std::size_t i = 0; i < d.actors.size(); ++i) {
        const bool isSelected = contains(selected, i);
        const bool visible = d.shown(state, i) || isSelected;
        vtkProperty* property = d.actors[i]->GetProperty();
        std::array<float, 3> color = d.colorOverrides.size() > i && d.colorOverrides[i] ? *d.colorOverrides[i]
                                                                                       : d.atlas.structures()[i].spec.color;
        if (isSelected) color = palette::kHighlight;
        else if (contains(hovered, i)) color = lighten(color, palette::kHoverLighten);
        property->SetColor(color[0], color[1], color[2]);
        property->SetAmbient(isSelected ? 0.35 : 0.1);
        // X-ray: everything but what is highlighted fades, so the highlights show through it.
        const float opacity = state.xray ? std::min(state.opacity[i], kXrayOpacity) : state.opacity[i];
        property->SetOpacity(isSelected ? 1.0 : opacity);
        d.actors[i]->GetShaderProperty()->GetFragmentCustomUniforms()->SetUniformf("rimStrength",
                                                                                  isSelected ? kRimStrength : 0.0f);
        d.actors[i]->SetVisibility(visible && !d.atlas.structures()[i].spec.isGroup());
        d.ghosts[i]->SetVisibility(isSelected);
        // Clicks go through see-through layers (the skin) to what the user is looking at; x-ray fading
        // does not count, so faded structures can still be picked.
        if (visible && (isSelected || state.opacity[i] >= 0.5f)) d.picker->AddPickList(d.actors[i]);
    }
}

void Viewport::setPose(const std::vector<PosedStructure>& posed) {
    auto& d = *impl_;
    for (std::size_t i = 0; i < d.actors.size() && i < posed.size(); ++i) {
        const PosedStructure& p = posed[i];
        auto matrix = vtkSmartPointer<vtkMatrix4x4>::New();
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 4; ++c) matrix->SetElement(r, c, p.deformed ? double(r == c) : p.rigid.matrix()(r, c));
        d.actors[i]->SetUserMatrix(matrix);
        d.ghosts[i]->SetUserMatrix(matrix);
        if (!p.deformed) continue;
        vtkPolyData* shown = d.lowDetail ? d.low[i] : d.full[i];
        vtkPoints* points = shown->GetPoints();
        if (!points || p.positions.empty() || points->GetNumberOfPoints() != vtkIdType(p.positions.size())) continue;
        auto* xyz = static_cast<float*>(points->GetVoidPointer(0));
        std::copy(p.positions.front().data(), p.positions.front().data() + 3 * p.positions.size(), xyz);
        points->Modified();
        if (auto* normals = vtkFloatArray::SafeDownCast(shown->GetPointData()->GetNormals());
            normals && normals->GetNumberOfTuples() == vtkIdType(p.normals.size())) {
            std::copy(p.normals.front().data(), p.normals.front().data() + 3 * p.normals.size(), normals->GetPointer(0));
            normals->Modified();
        }
    }
}

void Viewport::setColorOverrides(std::vector<std::optional<std::array<float, 3>>> colors) {
    impl_->colorOverrides = std::move(colors);
}

void Viewport::setMimic(const Mimic* mimic) {
    auto& d = *impl_;
    for (std::size_t i = 0; i < d.actors.size(); ++i) {
        const Structure& structure = d.atlas.structures()[i];
        if (structure.spec.kind != StructureKind::Skin) continue;
        auto* mapper = vtkPolyDataMapper::SafeDownCast(d.actors[i]->GetMapper());
        mapper->SetScalarVisibility(mimic != nullptr);
        if (!mimic) continue;
        // Colours from the neutral mesh: where it is felt belongs to the body, not to the pose.
        const auto& c = structure.spec.color;
        for (const auto& [polyData, mesh] : {std::pair{d.full[i].Get(), &structure.mesh},
                                             std::pair{d.low[i].Get(), structure.meshLow.positions.empty() ? &structure.mesh
                                                                                                            : &structure.meshLow}}) {
            auto colors = vtkSmartPointer<vtkUnsignedCharArray>::New();
            colors->SetNumberOfComponents(3);
            colors->SetNumberOfTuples(vtkIdType(mesh->positions.size()));
            for (std::size_t v = 0; v < mesh->positions.size(); ++v) {
                const auto& p = mesh->positions[v];
                const double w = std::clamp(painAt(*mimic, {p[0], p[1], p[2]}), 0.0, 1.0);
                for (int k = 0; k < 3; ++k)
                    colors->SetComponent(vtkIdType(v), k, 255.0 * (c[k] * (1 - w) + mimic->color[k] * w));
            }
            polyData->GetPointData()->SetScalars(colors);
        }
        mapper->SetColorModeToDirectScalars();
    }
}

void Viewport::setInstruments(const std::optional<TourProbe>& probe, const std::optional<TourNeedle>& needle) {
    auto& d = *impl_;
    d.probe->SetVisibility(probe.has_value());
    if (probe) {
        // A linear-array probe: a 4 cm x 1 cm footprint along its axis, 8 cm tall, standing on the skin.
        const Eigen::Vector3d centre(probe->centre[0], probe->centre[1], probe->centre[2]);
        const Eigen::Vector3d axis = Eigen::Vector3d(probe->axis[0], probe->axis[1], probe->axis[2]).normalized();
        auto cube = vtkSmartPointer<vtkCubeSource>::New();
        cube->SetXLength(0.04);
        cube->SetYLength(0.01);
        cube->SetZLength(0.08);
        auto transform = vtkSmartPointer<vtkTransform>::New();
        transform->Translate(centre.data());
        const Eigen::Vector3d x(1, 0, 0);
        const Eigen::Vector3d turn = x.cross(axis);
        if (turn.norm() > 1e-9)
            transform->RotateWXYZ(std::acos(std::clamp(x.dot(axis), -1.0, 1.0)) * 180.0 / M_PI, turn.data());
        auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
        mapper->SetInputConnection(cube->GetOutputPort());
        d.probe->SetMapper(mapper);
        d.probe->SetUserTransform(transform);
    }
    d.needle->SetVisibility(needle.has_value());
    if (needle) {
        auto line = vtkSmartPointer<vtkLineSource>::New();
        line->SetPoint1(needle->entry[0], needle->entry[1], needle->entry[2]);
        line->SetPoint2(needle->tip[0], needle->tip[1], needle->tip[2]);
        auto tube = vtkSmartPointer<vtkTubeFilter>::New();
        tube->SetInputConnection(line->GetOutputPort());
        tube->SetRadius(0.0009);  // a 20-22 gauge spinal needle is about 0.7-0.9 mm across
        tube->SetNumberOfSides(12);
        tube->CappingOn();
        auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
        mapper->SetInputConnection(tube->GetOutputPort());
        d.needle->SetMapper(mapper);
    }
}

std::optional<std::array<double, 2>> Viewport::project(std::size_t index) {
    auto& d = *impl_;
    const auto box = d.boxOf(d.atlas.drawnIndices(index));
    if (!box) return std::nullopt;
    const Eigen::Vector3d centre = (box->first + box->second) / 2;
    d.scene->SetWorldPoint(centre.x(), centre.y(), centre.z(), 1.0);
    d.scene->WorldToDisplay();
    const double* display = d.scene->GetDisplayPoint();
    const int* size = d.scene->GetSize();
    if (display[2] < 0 || display[2] > 1 || display[0] < 0 || display[1] < 0 || display[0] > size[0] || display[1] > size[1])
        return std::nullopt;
    return std::array<double, 2>{display[0], display[1]};
}

void Viewport::frame(const std::vector<std::size_t>& centred, const std::vector<std::size_t>& framed,
                     const std::string& presetName, double zoom, double seconds) {
    auto& d = *impl_;
    const CameraPose from = d.currentPose();
    Eigen::Vector3d towards = (from.position - from.focal).normalized(), up = from.up;
    if (const auto preset = findViewPreset(presetName)) {
        towards = Eigen::Vector3d(preset->towardsCamera.data());
        up = Eigen::Vector3d(preset->up.data());
        d.hideLeftSide = preset->hidesLeftSide;
    }
    const auto [sceneCentre, distance] = d.fitBox(framed, towards, up);
    const auto focus = d.boxOf(centred);
    const Eigen::Vector3d centre = focus ? Eigen::Vector3d((focus->first + focus->second) / 2) : sceneCentre;
    d.flyTo({centre, centre + towards * distance / std::max(0.1, zoom), up}, seconds);
}

void Viewport::setLowDetail(bool low) {
    auto& d = *impl_;
    d.lowDetail = low;
    d.useLights(low);
    // Per-pixel extras a software renderer pays for in every frame: highlights and the gradient.
    d.scene->SetGradientBackground(!low);
    for (std::size_t i = 0; i < d.actors.size(); ++i)
        d.actors[i]->GetProperty()->SetSpecular(low ? 0.0 : specularOf(d.atlas.structures()[i].spec));
    for (std::size_t i = 0; i < d.actors.size(); ++i)
        vtkPolyDataMapper::SafeDownCast(d.actors[i]->GetMapper())->SetInputData(low ? d.low[i] : d.full[i]);
}

bool Viewport::lowDetail() const { return impl_->lowDetail; }

void Viewport::setView(const std::string& presetName) {
    auto& d = *impl_;
    const auto preset = findViewPreset(presetName);
    if (!preset) return;
    d.hideLeftSide = preset->hidesLeftSide;
    // Frame the whole atlas as posed, not just what is shown, so that hiding a layer keeps the framing
    // (images made with different --hide lists line up).
    std::vector<std::size_t> framed;
    for (std::size_t i = 0; i < d.actors.size(); ++i)
        if (!d.atlas.structures()[i].spec.isGroup() && !(d.hideLeftSide && isLeftSide(d.atlas.structures()[i].spec)))
            framed.push_back(i);
    const Eigen::Vector3d towards(preset->towardsCamera.data()), up(preset->up.data());
    const auto [centre, distance] = d.fitBox(framed, towards, up);
    d.flying = false;
    d.applyPose({centre, centre + towards * distance, up});
}

void Viewport::focus(std::size_t index, double seconds) {
    auto& d = *impl_;
    const auto [centre, radius] = d.sphereOf(d.atlas.drawnIndices(index));
    const CameraPose from = d.currentPose();
    const Eigen::Vector3d direction = (from.position - from.focal).normalized();
    // Frame the structure with some of its surroundings: a small one alone would fill the screen.
    const CameraPose to{centre, centre + direction * d.fitDistance(std::max(radius, 0.06) * 1.3), from.up};
    d.flyTo(to, seconds);
}

bool Viewport::advance(double dtSeconds) {
    auto& d = *impl_;
    if (!d.flying) return false;
    d.flightElapsed += dtSeconds;
    const double t = std::min(1.0, d.flightElapsed / d.flightSeconds);
    const double s = t * t * (3 - 2 * t);  // ease in and out
    auto mix = [s](const Eigen::Vector3d& a, const Eigen::Vector3d& b) { return Eigen::Vector3d(a + (b - a) * s); };
    d.applyPose({mix(d.flightFrom.focal, d.flightTo.focal), mix(d.flightFrom.position, d.flightTo.position),
                 mix(d.flightFrom.up, d.flightTo.up).normalized()});
    d.flying = t < 1.0;
    return true;
}

std::optional<std::size_t> Viewport::pick(int x, int y) {
    auto& d = *impl_;
    if (!d.picker->Pick(x, y, 0, d.scene)) return std::nullopt;
    vtkActor* hit = d.picker->GetActor();
    for (std::size_t i = 0; i < d.actors.size(); ++i)
        if (d.actors[i] == hit) return i;
    return std::nullopt;
}

}  // namespace av
