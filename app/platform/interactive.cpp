#define GLFW_INCLUDE_NONE
#include "platform/interactive.h"

#include "core/export/scene_export.h"
#include "platform/frame_benchmark.h"
#include "platform/gl_surface.h"
#include "platform/handout_export.h"
#include "platform/heap_tuning.h"
#include "platform/headless.h"
#include "platform/imgui_layer.h"
#include "platform/viewer_session.h"
#include "platform/window_input.h"
#include "ui/ui_context.h"

#include <GLFW/glfw3.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtk_glew.h>

#include <Eigen/Geometry>

#include <iostream>

namespace av {
namespace {

constexpr double kFlightSeconds = 0.5;
constexpr double kHoverDelaySeconds = 0.06;  // pick only once the mouse rests: picking costs a frame

// Sleeps until something happens: an event, the hover delay running out, or nothing at all when idle.
void waitForWork(const WindowInput& input, bool busy) {
    if (busy || input.framesToDraw > 0) {
        glfwPollEvents();
    } else if (input.hoverPending) {
        glfwWaitEventsTimeout(std::max(0.0, kHoverDelaySeconds - (glfwGetTime() - input.lastMove)) + 1e-3);
    } else {
        glfwWaitEvents();
    }
}

// The hover under a mouse that came to rest, as an action (only when it names something new).
void pickHover(WindowInput& input, double now) {
    if (!input.hoverPending || now - input.lastMove < kHoverDelaySeconds) return;
    input.hoverPending = false;
    const auto hit = input.hovered();
    if (hit != input.session.state().hovered)
        input.pending.push_back(act::Hover{hit ? input.session.atlas().structures()[*hit].spec.id : ""});
}

// Turns the camera a little about its up direction: a benchmark frame must redraw the whole view.
CameraPose turned(const CameraPose& pose, double degrees) {
    const Eigen::AngleAxisd turn(degrees * M_PI / 180.0, pose.up.normalized());
    return {pose.focal, pose.focal + turn * (pose.position - pose.focal), pose.up};
}

// File > Export scene: the frame on screen (its level of detail, pose and colours) written where the dialog says.
void writeSceneExport(const ViewerSession& session, SceneExportRequest& request) {
    request.write = false;
    try {
        const ExportSummary summary = exportSceneGlb(session.model().atlas(), session.model().renderList(), request.path);
        request.message = "Wrote " + request.path + " (" + std::to_string(summary.nodes) + " structures).";
    } catch (const std::exception& e) {
        request.message = std::string("Could not export: ") + e.what();
    }
}

// File > Handout asked for a handout: rendered on a hidden surface of its own, then this window's context is
// current again. The dialog shows where the file went, or why it could not be written.
void writeRequestedHandout(UiState& ui, const Loaded& loaded, const ViewerOptions& options, GlfwWindow& window) {
    const std::filesystem::path path = std::filesystem::absolute(ui.handoutPath);
    try {
        writeHandout(makeHeadlessSurface(options), loaded, options, *ui.handoutRequest, path);
        ui.handoutMessage = "Wrote the handout to " + path.string();
        ui.handoutFailed = false;
    } catch (const std::exception& e) {
        ui.handoutMessage = std::string("Not written: ") + e.what();
        ui.handoutFailed = true;
    }
    ui.handoutRequest.reset();
    window.makeCurrent();
}

}  // namespace

int runInteractive(const Loaded& loaded, const ViewerOptions& options) {
    const Atlas& atlas = loaded.atlas;
    keepFreedHeapForReuse();
    try {
        GlSurface surface(options.width, options.height, "Anatomy Viewer - " + atlas.name(), true);
        GlfwWindow& window = surface.window();
        ViewerSession session(atlas, loaded.content, surface);
        session.setLowDetail(options.detail == Detail::Low || (options.detail == Detail::Auto && session.softwareRenderer()));

        auto interactor = vtkSmartPointer<vtkGenericRenderWindowInteractor>::New();
        interactor->SetRenderWindow(session.renderWindow());
        interactor->SetInteractorStyle(vtkSmartPointer<vtkInteractorStyleTrackballCamera>::New());
        interactor->EnableRenderOff();  // the frame loop renders
        interactor->Initialize();

        WindowInput input{session, interactor};
        input.install(window.handle());  // ours first: ImGui's backend chains to callbacks installed before it
        ImguiLayer imgui(window.handle(), true, 1.0f);
        input.imgui = &imgui;
        session.start(options);
        UiState ui;
        // What the model shows, not the viewport: the viewport takes the detail at its first render.
        ui.lowDetailRequested = session.model().scene().lowDetail();
        ui.panels.presenter = options.presenter;
        FrameStats stats;
        FrameBenchmark benchmark(options.benchmarkFrames);
        double last = glfwGetTime();
        bool busy = true;  // a camera flight or an animation under way
        while (!glfwWindowShouldClose(window.handle())) {
            waitForWork(input, busy);
            const double now = glfwGetTime();
            busy = session.advance(now - last) || benchmark.active();
            if (benchmark.active()) session.viewport().setCamera(turned(session.viewport().camera(), 3.0));
            last = now;
            pickHover(input, now);
            ui.placingProbe = input.placingProbe;
            ui.placingNeedle = input.placingNeedle;
            if (input.togglePresenter) ui.panels.presenter = !ui.panels.presenter;
            input.togglePresenter = false;
            if (session.apply(input.pending, kFlightSeconds).changed) input.wake(2);
            input.pending.clear();
            if (!busy && input.framesToDraw == 0) continue;

            const double frameStart = glfwGetTime();
            glBindFramebuffer(GL_FRAMEBUFFER, 0);
            session.render();
            if (benchmark.active()) glFinish();  // the 3D time counts the drawing, not just its queueing
            stats.renderMs = (glfwGetTime() - frameStart) * 1000.0;
            imgui.beginFrame();
            const auto labels = session.state().labels ? session.placeLabels(measureLabel) : std::vector<PlacedLabel>{};
            const Actions actions = drawUi({atlas, session.state(), loaded.diagnostics, stats, session.model().muscles(),
                                            loaded.content, labels, session.ultrasoundView()},
                                           ui);
            imgui.endFrame();
            session.setViewArea(ui.layout.viewport);  // the next frame's 3D view: what the panels leave free
            glfwSwapBuffers(window.handle());
            stats.frameMs = (glfwGetTime() - frameStart) * 1000.0;
            stats.lowDetail = session.viewport().lowDetail();
            if (ui.lowDetailRequested != stats.lowDetail) session.setLowDetail(ui.lowDetailRequested);
            input.placingProbe = ui.placingProbe;
            input.placingNeedle = ui.placingNeedle;
            if (ui.exportScene.write) writeSceneExport(session, ui.exportScene);
            if (benchmark.record(stats.frameMs, stats.renderMs, stats.lowDetail)) glfwSetWindowShouldClose(window.handle(), 1);
            input.framesToDraw = std::max(0, input.framesToDraw - 1);
            if (session.apply(actions, kFlightSeconds).changed) input.wake(2);
            if (ui.handoutRequest) {  // after a frame that says "Writing..."
                writeRequestedHandout(ui, loaded, options, window);
                input.wake(2);
                last = glfwGetTime();  // the time spent writing is not animation time
            }
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
}

}  // namespace av
