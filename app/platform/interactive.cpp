#define GLFW_INCLUDE_NONE
#include "platform/interactive.h"

#include "core/mouse_gestures.h"
#include "core/views.h"
#include "platform/gl_surface.h"
#include "platform/imgui_layer.h"
#include "platform/viewer_session.h"
#include "ui/ui_context.h"

#include <GLFW/glfw3.h>
#include <vtkCommand.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtk_glew.h>

#include <iostream>

namespace av {
namespace {

constexpr double kFlightSeconds = 0.5;
constexpr double kHoverDelaySeconds = 0.06;  // pick only once the mouse rests: picking costs a frame

// Everything the GLFW callbacks need, reached through the window's user pointer.
struct Input {
    ViewerSession& session;
    vtkGenericRenderWindowInteractor* interactor;
    const ImguiLayer* imgui = nullptr;
    MouseGestures gestures;
    Actions pending;
    double mouseX = 0, mouseY = 0, lastMove = 0;
    bool hoverPending = false, buttonDown = false, dirty = true;
    float pixelScale = 1.0f;  // framebuffer pixels per window coordinate (HiDPI)

    void toVtk(double x, double y, int mods) {
        interactor->SetEventInformationFlipY(int(x * pixelScale), int(y * pixelScale), (mods & GLFW_MOD_CONTROL) != 0,
                                             (mods & GLFW_MOD_SHIFT) != 0);
    }
    std::optional<std::size_t> pickAt(double x, double y) {
        const int* size = interactor->GetSize();
        return session.viewport().pick(int(x * pixelScale), size[1] - 1 - int(y * pixelScale));
    }
};

Input& inputOf(GLFWwindow* window) { return *static_cast<Input*>(glfwGetWindowUserPointer(window)); }

void onMouseButton(GLFWwindow* window, int button, int action, int mods) {
    Input& in = inputOf(window);
    in.dirty = true;
    if (in.imgui && in.imgui->wantsMouse() && !in.buttonDown) return;
    in.toVtk(in.mouseX, in.mouseY, mods);
    const bool press = action == GLFW_PRESS;
    in.buttonDown = press;
    if (button == GLFW_MOUSE_BUTTON_LEFT) {
        in.interactor->InvokeEvent(press ? vtkCommand::LeftButtonPressEvent : vtkCommand::LeftButtonReleaseEvent);
        if (press) {
            in.gestures.press(in.mouseX, in.mouseY, glfwGetTime());
        } else if (int clicks = in.gestures.release(in.mouseX, in.mouseY, glfwGetTime())) {
            const auto hit = in.pickAt(in.mouseX, in.mouseY);
            const std::string id = hit ? in.session.atlas().structures()[*hit].spec.id : "";
            in.pending.push_back({Action::Type::Select, id});
            if (clicks == 2 && hit) in.pending.push_back({Action::Type::Focus, id});
        }
    } else if (button == GLFW_MOUSE_BUTTON_RIGHT) {
        in.interactor->InvokeEvent(press ? vtkCommand::RightButtonPressEvent : vtkCommand::RightButtonReleaseEvent);
    } else if (button == GLFW_MOUSE_BUTTON_MIDDLE) {
        in.interactor->InvokeEvent(press ? vtkCommand::MiddleButtonPressEvent : vtkCommand::MiddleButtonReleaseEvent);
    }
}

void onCursor(GLFWwindow* window, double x, double y) {
    Input& in = inputOf(window);
    in.mouseX = x;
    in.mouseY = y;
    in.lastMove = glfwGetTime();
    in.hoverPending = !in.buttonDown;
    in.dirty = true;
    if (in.imgui && in.imgui->wantsMouse() && !in.buttonDown) return;
    in.toVtk(x, y, 0);
    in.interactor->InvokeEvent(vtkCommand::MouseMoveEvent);
}

void onScroll(GLFWwindow* window, double, double dy) {
    Input& in = inputOf(window);
    in.dirty = true;
    if (in.imgui && in.imgui->wantsMouse()) return;
    in.toVtk(in.mouseX, in.mouseY, 0);
    in.interactor->InvokeEvent(dy > 0 ? vtkCommand::MouseWheelForwardEvent : vtkCommand::MouseWheelBackwardEvent);
}

void onKey(GLFWwindow* window, int key, int, int action, int) {
    Input& in = inputOf(window);
    in.dirty = true;
    if (action != GLFW_PRESS || (in.imgui && in.imgui->wantsKeyboard())) return;
    const auto& presets = viewPresets();
    if (key >= GLFW_KEY_1 && key < GLFW_KEY_1 + int(presets.size())) {
        in.pending.push_back({Action::Type::SetView, {}, presets[key - GLFW_KEY_1].name});
    } else if (key == GLFW_KEY_ESCAPE) {
        in.pending.push_back({Action::Type::Select, ""});
    } else if (key == GLFW_KEY_R) {
        in.pending.push_back({Action::Type::ResetView});
    } else if (key == GLFW_KEY_L) {
        in.pending.push_back({Action::Type::SetLabels, {}, {}, !in.session.explain().labels});
    } else if (key == GLFW_KEY_X) {
        in.pending.push_back({Action::Type::SetXray, {}, {}, !in.session.explain().xray});
    } else if ((key == GLFW_KEY_LEFT || key == GLFW_KEY_RIGHT) && !in.session.explain().tour.empty()) {
        const float step = float(in.session.explain().tourStep) + (key == GLFW_KEY_RIGHT ? 1.0f : -1.0f);
        in.pending.push_back({Action::Type::SetTourStep, {}, {}, false, step});
    } else if (key == GLFW_KEY_F && in.session.state().selected) {
        in.pending.push_back({Action::Type::Focus, in.session.atlas().structures()[*in.session.state().selected].spec.id});
    }
}

void onFramebufferSize(GLFWwindow* window, int width, int height) {
    Input& in = inputOf(window);
    in.session.resize(width, height);
    in.interactor->UpdateSize(width, height);
    int windowWidth = 1, windowHeight = 1;
    glfwGetWindowSize(window, &windowWidth, &windowHeight);
    in.pixelScale = windowWidth > 0 ? float(width) / float(windowWidth) : 1.0f;
    in.dirty = true;
}

}  // namespace

int runInteractive(const Loaded& loaded, const ViewerOptions& options) {
    const Atlas& atlas = loaded.atlas;
    try {
        GlSurface surface(options.width, options.height, "Anatomy Viewer - " + atlas.name(), true);
        GlfwWindow& window = surface.window();
        int width = 0, height = 0;
        window.framebufferSize(width, height);
        ViewerSession session(atlas, loaded.content, surface);
        const bool software = session.softwareRenderer();
        session.setLowDetail(options.detail == Detail::Low || (options.detail == Detail::Auto && software));

        auto interactor = vtkSmartPointer<vtkGenericRenderWindowInteractor>::New();
        interactor->SetRenderWindow(session.renderWindow());
        interactor->SetInteractorStyle(vtkSmartPointer<vtkInteractorStyleTrackballCamera>::New());
        interactor->EnableRenderOff();  // the frame loop renders
        interactor->Initialize();
        interactor->UpdateSize(width, height);

        Input input{session, interactor};
        glfwSetWindowUserPointer(window.handle(), &input);
        // Ours first: ImGui's backend chains to callbacks installed before it.
        glfwSetMouseButtonCallback(window.handle(), onMouseButton);
        glfwSetCursorPosCallback(window.handle(), onCursor);
        glfwSetScrollCallback(window.handle(), onScroll);
        glfwSetKeyCallback(window.handle(), onKey);
        glfwSetFramebufferSizeCallback(window.handle(), onFramebufferSize);
        onFramebufferSize(window.handle(), width, height);

        ImguiLayer imgui(window.handle(), true, 1.0f);
        input.imgui = &imgui;
        applyStartOptions(session, options);
        UiState ui;
        ui.lowDetailRequested = session.viewport().lowDetail();
        FrameStats stats;
        double last = glfwGetTime();
        while (!glfwWindowShouldClose(window.handle())) {
            // Sleep until something happens unless the camera flies or an animation plays.
            if (!input.dirty && !input.hoverPending) glfwWaitEventsTimeout(0.25);
            else glfwPollEvents();
            const double now = glfwGetTime();
            const bool flying = session.viewport().advance(now - last);
            const bool playing = session.advanceAnimation(now - last);
            last = now;
            if (input.hoverPending && now - input.lastMove >= kHoverDelaySeconds) {
                input.hoverPending = false;
                const auto hit = imgui.wantsMouse() ? std::nullopt : input.pickAt(input.mouseX, input.mouseY);
                if (hit != session.state().hovered)
                    input.pending.push_back({Action::Type::Hover, hit ? atlas.structures()[*hit].spec.id : ""});
            }
            session.apply(input.pending, kFlightSeconds);
            input.pending.clear();

            const double frameStart = glfwGetTime();
            glBindFramebuffer(GL_FRAMEBUFFER, 0);
            session.render();
            stats.renderMs = (glfwGetTime() - frameStart) * 1000.0;
            imgui.beginFrame();
            const auto labels = session.explain().labels ? session.placeLabels(measureLabel) : std::vector<PlacedLabel>{};
            const Actions actions = drawUi({atlas, session.state(), loaded.diagnostics, stats, session.motion(),
                                            session.muscles(), loaded.content, session.explain(), labels},
                                           ui);
            imgui.endFrame();
            glfwSwapBuffers(window.handle());
            stats.frameMs = (glfwGetTime() - frameStart) * 1000.0;
            stats.lowDetail = session.viewport().lowDetail();
            if (ui.lowDetailRequested != stats.lowDetail) session.setLowDetail(ui.lowDetailRequested);
            session.apply(actions, kFlightSeconds);
            input.dirty = flying || playing || !actions.empty();
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
}

}  // namespace av
