#pragma once
// The GLFW callbacks of the interactive window: mouse and keys become VTK camera interaction (orbit, pan,
// zoom) and Actions (select, focus, views, tour steps, the probe and needle); every event asks for a few frames to be
// drawn, and nothing else does, so the loop rests while nothing happens.
#include "core/mouse_gestures.h"
#include "core/scene/actions.h"
#include "ui/ui_context.h"

#include <vtkGenericRenderWindowInteractor.h>

#include <optional>

struct GLFWwindow;

namespace av {

class ImguiLayer;
class ViewerSession;

struct WindowInput {
    ViewerSession& session;
    vtkGenericRenderWindowInteractor* interactor;
    const ImguiLayer* imgui = nullptr;
    MouseGestures gestures;
    Actions pending;
    double mouseX = 0, mouseY = 0, lastMove = 0;
    bool hoverPending = false, buttonDown = false;
    bool placingProbe = false;  // the next click on the skin seats the probe there
    NeedlePick placingNeedle = NeedlePick::None;  // the next click sets the needle's entry, or then its target
    Eigen::Vector3d needleEntry = Eigen::Vector3d::Zero();  // the entry clicked, while the target is awaited
    bool togglePresenter = false;  // F11 was pressed: the loop switches presenter mode
    int framesToDraw = 2;       // ImGui settles hover and layout over a couple of frames after an event
    float pixelScale = 1.0f;    // framebuffer pixels per window coordinate (HiDPI)

    // Installs the callbacks (before ImGui's, which chain to them) with this as the window's user pointer.
    void install(GLFWwindow* window);
    void wake(int frames = 3);
    // The structure under the mouse, if it rests over the 3D view.
    std::optional<std::size_t> hovered();
};

}  // namespace av
