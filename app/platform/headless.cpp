#include "platform/headless.h"

#include "platform/imgui_layer.h"
#include "ui/ui_context.h"

#include <iostream>

namespace av {

HeadlessRenderer::HeadlessRenderer(const Atlas& atlas, const Diagnostics& diagnostics, const ViewerOptions& options)
    : atlas_(atlas),
      diagnostics_(diagnostics),
      ui_(options.ui),
      window_(options.width, options.height, "Anatomy Viewer", false),
      session_(atlas, window_, options.width, options.height),
      target_(options.width, options.height) {
    session_.setLowDetail(options.detail == Detail::Low);
    applyStartOptions(session_, options);
    if (ui_) imgui_ = std::make_unique<ImguiLayer>(window_.handle(), false, 1.0f);
}

HeadlessRenderer::~HeadlessRenderer() = default;

Image HeadlessRenderer::renderFrame() {
    target_.bind();
    if (ui_) {
        UiState ui;
        const FrameStats stats{};
        // ImGui lays windows out on their first frame and draws them settled on the second.
        for (int frame = 0; frame < 2; ++frame) {
            session_.render();
            imgui_->beginFrame();
            drawUi({atlas_, session_.state(), diagnostics_, stats, session_.motion(), session_.muscles()}, ui);
            imgui_->endFrame();
        }
    } else {
        session_.render();
    }
    Image image = target_.read();
    target_.unbind();
    return image;
}

Image renderImage(const Atlas& atlas, const Diagnostics& diagnostics, const ViewerOptions& options) {
    HeadlessRenderer renderer(atlas, diagnostics, options);
    return renderer.renderFrame();
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
