#pragma once
// The simulated ultrasound image drawn in 3D as a textured quad in the probe's image plane, the way 3D Slicer
// shows a reslice: unlit, so its grey levels are the image's; a fan's corners outside the scanned area are
// transparent through the alpha mask the render list carries. Rebuilt only when the render list's
// ultrasound version changes.
#include "core/scene/render_list.h"

#include <vtkSmartPointer.h>

class vtkActor;
class vtkImageData;
class vtkPlaneSource;
class vtkRenderer;
class vtkTexture;

namespace av {

class UltrasoundPlaneActor {
public:
    explicit UltrasoundPlaneActor(vtkRenderer* renderer);
    ~UltrasoundPlaneActor();
    UltrasoundPlaneActor(const UltrasoundPlaneActor&) = delete;
    UltrasoundPlaneActor& operator=(const UltrasoundPlaneActor&) = delete;

    // Shows the plane of the list (none: hidden).
    void sync(const std::optional<UltrasoundPlaneDrawing>& plane);

private:
    vtkSmartPointer<vtkPlaneSource> plane_;
    vtkSmartPointer<vtkImageData> pixels_;
    vtkSmartPointer<vtkTexture> texture_;
    vtkSmartPointer<vtkActor> actor_;
};

}  // namespace av
