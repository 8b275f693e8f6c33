#define GLFW_INCLUDE_NONE
#include "platform/window_input.h"

#include "core/instruments/seating.h"
#include "core/views.h"
#include "platform/imgui_layer.h"
#include "platform/viewer_session.h"

#include <GLFW/glfw3.h>
#include <vtkCommand.h>

#include <algorithm>

namespace av {
namespace {

WindowInput& inputOf(GLFWwindow* window) { return *static_cast<WindowInput*>(glfwGetWindowUserPointer(window)); }

void toVtk(WindowInput& in, double x, double y, int mods) {
    in.interactor->SetEventInformationFlipY(int(x * in.pixelScale), int(y * in.pixelScale), (mods & GLFW_MOD_CONTROL) != 0,
                                            (mods & GLFW_MOD_SHIFT) != 0);
}

// Display pixel (origin bottom-left) of a window coordinate.
std::pair<int, int> displayPixel(const WindowInput& in, double x, double y) {
    const int* size = in.interactor->GetSize();
    return {int(x * in.pixelScale), size[1] - 1 - int(y * in.pixelScale)};
}

// A click: seats the probe on the skin under the mouse when placing it, else selects what is there.
void click(WindowInput& in, int clicks) {
    const auto [px, py] = displayPixel(in, in.mouseX, in.mouseY);
    if (in.placingProbe) {
        const auto [origin, direction] = in.session.viewport().rayThrough(px, py);
        if (const auto contact = skinAlongRay(in.session.model().scene(), origin, direction)) {
            in.pending.push_back(act::PlaceProbe{contact->point, std::nullopt});
            in.placingProbe = false;
        }
        return;
    }
    const auto hit = in.session.viewport().pick(px, py);
    const std::string id = hit ? in.session.atlas().structures()[hit->index].spec.id : "";
    in.pending.push_back(act::Select{id});
    if (clicks == 2 && hit) in.pending.push_back(act::Focus{id});
}

void onMouseButton(GLFWwindow* window, int button, int action, int mods) {
    WindowInput& in = inputOf(window);
    in.wake();
    if (in.imgui && in.imgui->wantsMouse() && !in.buttonDown) return;
    toVtk(in, in.mouseX, in.mouseY, mods);
    const bool press = action == GLFW_PRESS;
    in.buttonDown = press;
    if (button == GLFW_MOUSE_BUTTON_LEFT) {
        in.interactor->InvokeEvent(press ? vtkCommand::LeftButtonPressEvent : vtkCommand::LeftButtonReleaseEvent);
        if (press) in.gestures.press(in.mouseX, in.mouseY, glfwGetTime());
        else if (const int clicks = in.gestures.release(in.mouseX, in.mouseY, glfwGetTime())) click(in, clicks);
    } else if (button == GLFW_MOUSE_BUTTON_RIGHT) {
        in.interactor->InvokeEvent(press ? vtkCommand::RightButtonPressEvent : vtkCommand::RightButtonReleaseEvent);
    } else if (button == GLFW_MOUSE_BUTTON_MIDDLE) {
        in.interactor->InvokeEvent(press ? vtkCommand::MiddleButtonPressEvent : vtkCommand::MiddleButtonReleaseEvent);
    }
}

void onCursor(GLFWwindow* window, double x, double y) {
    WindowInput& in = inputOf(window);
    in.mouseX = x;
    in.mouseY = y;
    in.lastMove = glfwGetTime();
    in.hoverPending = !in.buttonDown;
    in.wake();
    if (in.imgui && in.imgui->wantsMouse() && !in.buttonDown) return;
    toVtk(in, x, y, 0);
    in.interactor->InvokeEvent(vtkCommand::MouseMoveEvent);
}

void onScroll(GLFWwindow* window, double, double dy) {
    WindowInput& in = inputOf(window);
    in.wake();
    if (in.imgui && in.imgui->wantsMouse()) return;
    toVtk(in, in.mouseX, in.mouseY, 0);
    in.interactor->InvokeEvent(dy > 0 ? vtkCommand::MouseWheelForwardEvent : vtkCommand::MouseWheelBackwardEvent);
}

void onKey(GLFWwindow* window, int key, int, int action, int) {
    WindowInput& in = inputOf(window);
    in.wake();
    if (action != GLFW_PRESS || (in.imgui && in.imgui->wantsKeyboard())) return;
    if (key == GLFW_KEY_F11) {
        in.togglePresenter = true;
        return;
    }
    const ViewerState& state = in.session.state();
    const auto& presets = viewPresets();
    if (key >= GLFW_KEY_1 && key < GLFW_KEY_1 + int(presets.size())) in.pending.push_back(act::SetView{presets[key - GLFW_KEY_1].name});
    else if (key == GLFW_KEY_ESCAPE) in.pending.push_back(act::Select{});
    else if (key == GLFW_KEY_R) in.pending.push_back(act::ResetView{});
    else if (key == GLFW_KEY_L) in.pending.push_back(act::SetLabels{!state.labels});
    else if (key == GLFW_KEY_X) in.pending.push_back(act::SetXray{!state.xray});
    else if ((key == GLFW_KEY_LEFT || key == GLFW_KEY_RIGHT) && !state.tour.empty())
        in.pending.push_back(act::SetTourStep{key == GLFW_KEY_RIGHT ? state.tourStep + 1 : std::max<std::size_t>(1, state.tourStep - 1)});
    else if (key == GLFW_KEY_F && state.selected)
        in.pending.push_back(act::Focus{in.session.atlas().structures()[*state.selected].spec.id});
}

void onChar(GLFWwindow* window, unsigned int) { inputOf(window).wake(); }
void onFocus(GLFWwindow* window, int) { inputOf(window).wake(); }
void onRefresh(GLFWwindow* window) { inputOf(window).wake(1); }

void onFramebufferSize(GLFWwindow* window, int width, int height) {
    WindowInput& in = inputOf(window);
    in.session.resize(width, height);
    in.interactor->UpdateSize(width, height);
    int windowWidth = 1, windowHeight = 1;
    glfwGetWindowSize(window, &windowWidth, &windowHeight);
    in.pixelScale = windowWidth > 0 ? float(width) / float(windowWidth) : 1.0f;
    in.wake();
}

}  // namespace

void WindowInput::install(GLFWwindow* window) {
    glfwSetWindowUserPointer(window, this);
    glfwSetMouseButtonCallback(window, onMouseButton);
    glfwSetCursorPosCallback(window, onCursor);
    glfwSetScrollCallback(window, onScroll);
    glfwSetKeyCallback(window, onKey);
    glfwSetCharCallback(window, onChar);
    glfwSetWindowFocusCallback(window, onFocus);
    glfwSetWindowRefreshCallback(window, onRefresh);
    glfwSetFramebufferSizeCallback(window, onFramebufferSize);
    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    onFramebufferSize(window, width, height);
}

void WindowInput::wake(int frames) { framesToDraw = std::max(framesToDraw, frames); }

std::optional<std::size_t> WindowInput::hovered() {
    if (imgui && imgui->wantsMouse()) return std::nullopt;
    const auto [px, py] = displayPixel(*this, mouseX, mouseY);
    const auto hit = session.viewport().pick(px, py);
    return hit ? std::optional(hit->index) : std::nullopt;
}

}  // namespace av
