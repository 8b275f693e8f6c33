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

// Placing the needle: the first click's skin point is its entry, the second click's structure its target
// (the middle of the ray's way through it, so the tip lies inside, not on its surface).
void clickNeedle(WindowInput& in, int px, int py) {
    const auto [origin, direction] = in.session.viewport().rayThrough(px, py);
    const PosedScene& scene = in.session.model().scene();
    if (in.placingNeedle == NeedlePick::Entry) {
        if (const auto contact = skinAlongRay(scene, origin, direction)) {
            in.needleEntry = contact->point;
            in.placingNeedle = NeedlePick::Target;
        }
        return;
    }
    const auto hit = in.session.viewport().pick(px, py);
    if (!hit) return;
    const Eigen::Vector3d target = targetAlongRay(scene, hit->index, origin, direction).value_or(hit->point);
    in.pending.push_back(act::PlaceNeedle{in.needleEntry, target});
    in.placingNeedle = NeedlePick::None;
}

// A click: seats the probe on the skin under the mouse when placing it, sets the needle when placing that,
// else selects what is there.
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
    if (in.placingNeedle != NeedlePick::None) {
        clickNeedle(in, px, py);
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

// The probe's keys: Shift + arrows slide it and [ and ] tilt it (held, they repeat); T turns it 90 degrees.
bool probeKey(WindowInput& in, int key, int mods, bool repeat) {
    if (!in.session.state().instruments.probe) return false;
    constexpr double kSlideMm = 2, kTiltDeg = 2;
    const bool shift = (mods & GLFW_MOD_SHIFT) != 0;
    if (shift && key == GLFW_KEY_LEFT) in.pending.push_back(act::MoveProbe{-kSlideMm, 0, 0, 0});
    else if (shift && key == GLFW_KEY_RIGHT) in.pending.push_back(act::MoveProbe{kSlideMm, 0, 0, 0});
    else if (shift && key == GLFW_KEY_UP) in.pending.push_back(act::MoveProbe{0, kSlideMm, 0, 0});
    else if (shift && key == GLFW_KEY_DOWN) in.pending.push_back(act::MoveProbe{0, -kSlideMm, 0, 0});
    else if (key == GLFW_KEY_T && !repeat) in.pending.push_back(act::MoveProbe{0, 0, 90, 0});
    else if (key == GLFW_KEY_LEFT_BRACKET) in.pending.push_back(act::MoveProbe{0, 0, 0, -kTiltDeg});
    else if (key == GLFW_KEY_RIGHT_BRACKET) in.pending.push_back(act::MoveProbe{0, 0, 0, kTiltDeg});
    else return false;
    return true;
}

void onKey(GLFWwindow* window, int key, int, int action, int mods) {
    WindowInput& in = inputOf(window);
    in.wake();
    if (action == GLFW_RELEASE || (in.imgui && in.imgui->wantsKeyboard())) return;
    if (probeKey(in, key, mods, action == GLFW_REPEAT) || action != GLFW_PRESS) return;
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
