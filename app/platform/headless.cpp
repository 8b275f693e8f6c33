#include "platform/headless.h"

#include "platform/glfw_window.h"
#include "platform/imgui_layer.h"
#include "platform/viewer_session.h"
#include "ui/ui_context.h"

#include <iostream>

namespace av {

Image renderImage(const Atlas& atlas, const Diagnostics& diagnostics, const ViewerOptions& options) {
    GlfwWindow window(options.width, options.height, "Anatomy Viewer", false);
    ViewerSession session(atlas, window, options.width, options.height);
    session.viewport().setLowDetail(options.detail == Detail::Low);
    applyStartOptions(session, options);
    OffscreenTarget target(options.width, options.height);
    target.bind();
    if (options.ui) {
        ImguiLayer imgui(window.handle(), false, 1.0f);
        UiState ui;
        const FrameStats stats{};
        // ImGui lays windows out on their first frame and draws them settled on the second.
        for (int frame = 0; frame < 2; ++frame) {
            session.render();
            imgui.beginFrame();
            drawUi({atlas, session.state(), diagnostics, stats}, ui);
            imgui.endFrame();
        }
    } else {
        session.render();
    }
    Image image = target.read();
    target.unbind();
    return image;
}

int renderHeadless(const Atlas& atlas, const Diagnostics& diagnostics, const ViewerOptions& options) {
    try {
        writePng(options.output, renderImage(atlas, diagnostics, options));
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
}

}  // namespace av
