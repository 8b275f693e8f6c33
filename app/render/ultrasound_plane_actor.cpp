#include "render/ultrasound_plane_actor.h"

#include <vtkActor.h>
#include <vtkImageData.h>
#include <vtkPlaneSource.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkTexture.h>

#include <cstdint>

namespace av {

UltrasoundPlaneActor::UltrasoundPlaneActor(vtkRenderer* renderer)
    : plane_(vtkSmartPointer<vtkPlaneSource>::New()),
      pixels_(vtkSmartPointer<vtkImageData>::New()),
      texture_(vtkSmartPointer<vtkTexture>::New()),
      actor_(vtkSmartPointer<vtkActor>::New()) {
    texture_->SetInputData(pixels_);
    texture_->InterpolateOn();
    texture_->EdgeClampOn();
    texture_->RepeatOff();
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputConnection(plane_->GetOutputPort());
    actor_->SetMapper(mapper);
    actor_->SetTexture(texture_);
    // The image's own grey levels, not shaded by the lights.
    actor_->GetProperty()->LightingOff();
    actor_->GetProperty()->SetColor(1, 1, 1);
    actor_->PickableOff();
    actor_->VisibilityOff();
    renderer->AddActor(actor_);
}

UltrasoundPlaneActor::~UltrasoundPlaneActor() = default;

void UltrasoundPlaneActor::sync(const std::optional<UltrasoundPlaneDrawing>& plane) {
    const bool shown = plane && plane->image && plane->image->columns > 0 && plane->image->rows > 0;
    actor_->SetVisibility(shown);
    if (!shown) return;
    const UltrasoundImage& image = *plane->image;
    // vtkPlaneSource puts texture coordinate (0, 0) at its origin, (1, 0) at Point1, (0, 1) at Point2; the
    // image data's first row is t = 0: the image's row 0, at the skin, lies along origin..Point1.
    // vtkPlaneSource takes non-const pointers: copies.
    Eigen::Vector3d origin = plane->origin, right = plane->origin + plane->right, down = plane->origin + plane->down;
    plane_->SetOrigin(origin.data());
    plane_->SetPoint1(right.data());
    plane_->SetPoint2(down.data());
    const bool masked = plane->alpha && plane->alpha->size() == image.pixels.size();
    const int components = masked ? 2 : 1;  // grey, or grey and alpha
    pixels_->SetDimensions(image.columns, image.rows, 1);
    pixels_->AllocateScalars(VTK_UNSIGNED_CHAR, components);
    auto* out = static_cast<std::uint8_t*>(pixels_->GetScalarPointer());
    for (std::size_t i = 0; i < image.pixels.size(); ++i) {
        out[i * components] = image.pixels[i];
        if (masked) out[i * components + 1] = (*plane->alpha)[i];
    }
    pixels_->Modified();
}

}  // namespace av
