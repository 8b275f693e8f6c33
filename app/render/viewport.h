#pragma once
// The 3D view: pushes a core RenderList into VTK (one actor per structure, a second renderer layer that
// draws the highlighted structures again as a translucent ghost over everything, the instruments), applies
// the camera pose it is given, projects points and picks. It decides how things look (lights, shaders,
// materials), never what is drawn: that is the render list's (core/scene/render_list.h).
#include "core/atlas/atlas.h"
#include "core/scene/camera.h"
#include "core/scene/render_list.h"

#include <Eigen/Core>

#include <array>
#include <memory>
#include <optional>

class vtkRenderer;
class vtkRenderWindow;

namespace av {

// What a click landed on: the structure, the world point (atlas frame, metres) and the surface normal there.
struct PickHit {
    std::size_t index = 0;
    Eigen::Vector3d point;
    Eigen::Vector3d normal;
};

class Viewport {
public:
    explicit Viewport(const Atlas& atlas);
    ~Viewport();
    Viewport(const Viewport&) = delete;
    Viewport& operator=(const Viewport&) = delete;

    void attach(vtkRenderWindow* window);

    // Everything a frame shows. Only what changed is pushed (poses, paint and instruments by version).
    void sync(const RenderList& list);
    bool lowDetail() const;

    // The part of the window the 3D view draws into: VTK's normalised viewport (origin bottom left).
    void setArea(double xmin, double ymin, double xmax, double ymax);

    CameraPose camera() const;
    void setCamera(const CameraPose& pose);
    Lens lens() const;

    // Where a world point lands on screen: display pixels, origin bottom-left; nothing when behind the
    // camera or off screen.
    std::optional<std::array<double, 2>> project(const Eigen::Vector3d& point);
    // The camera ray through a display pixel (origin bottom-left): its start and unit direction, atlas frame.
    std::pair<Eigen::Vector3d, Eigen::Vector3d> rayThrough(int x, int y);
    // The pickable structure drawn at a display pixel (origin bottom-left), if any.
    std::optional<PickHit> pick(int x, int y);

    vtkRenderer* renderer();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace av
