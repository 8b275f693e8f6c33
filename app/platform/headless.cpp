#include "platform/headless.h"

#include "core/layout/layout_report.h"
#include "platform/imgui_layer.h"
#include "ui/ui_context.h"

#include <iostream>

namespace av {

std::unique_ptr<GlSurface> makeHeadlessSurface(const ViewerOptions& options) {
    return std::make_unique<GlSurface>(options.width, options.height, "Anatomy Viewer", false);
}

HeadlessRenderer::HeadlessRenderer(const Loaded& loaded, const ViewerOptions& options)
    : HeadlessRenderer(makeHeadlessSurface(options), loaded, options) {}

HeadlessRenderer::HeadlessRenderer(std::unique_ptr<GlSurface> surface, const Loaded& loaded, const ViewerOptions& options)
    : loaded_(loaded),
      ui_(options.ui),
      surface_(std::move(surface)),
      session_(loaded.atlas, loaded.content, *surface_),
      target_(options.width, options.height) {
    session_.setLowDetail(options.detail == Detail::Low);
    session_.start(options);
    uiState_.panels.presenter = options.presenter;
}

HeadlessRenderer::~HeadlessRenderer() = default;

Image HeadlessRenderer::renderFrame() {
    surface_->window().makeCurrent();  // another renderer in the process may have made its own current
    target_.bind();
    // ImGui draws the panels, and the 3D labels and the legend of painted colours even in an image without
    // panels; an image with none of them is one 3D frame.
    const ViewerState& state = session_.state();
    if (ui_ || state.labels || !state.mimics.empty()) {
        if (!imgui_) imgui_ = std::make_unique<ImguiLayer>(surface_->window().handle(), false, 1.0f);
        const FrameStats stats{};
        // ImGui lays windows out on their first frame and draws them settled on the second.
        for (int frame = 0; frame < 2; ++frame) {
            session_.render();
            imgui_->beginFrame();
            const auto labels = session_.state().labels ? session_.placeLabels(measureLabel) : std::vector<PlacedLabel>{};
            const UiContext context{loaded_.atlas, session_.state(), loaded_.diagnostics, stats,
                                    session_.model().muscles(), loaded_.content, labels, session_.ultrasoundView()};
            if (ui_) drawUi(context, uiState_);
            else drawOverlayOnly(context);
            imgui_->endFrame();
            // The second frame draws the 3D view into what the panels leave free, framed for it.
            if (ui_) session_.setViewArea(uiState_.layout.viewport);
        }
    } else {
        session_.render();
    }
    Image image = target_.read();
    target_.unbind();
    return image;
}

Image renderImage(const Loaded& loaded, const ViewerOptions& options) {
    HeadlessRenderer renderer(loaded, options);
    return renderer.renderFrame();
}

int printLayoutReport(std::unique_ptr<GlSurface> surface, const Loaded& loaded, const ViewerOptions& options) {
    try {
        ViewerOptions withPanels = options;  // the layout is the panels' whether or not --ui was given
        withPanels.ui = true;
        HeadlessRenderer renderer(std::move(surface), loaded, withPanels);
        renderer.renderFrame();
        std::cout << layoutJson(renderer.ui().layout).dump(2) << '\n';
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
}

int renderHeadless(std::unique_ptr<GlSurface> surface, const Loaded& loaded, const ViewerOptions& options) {
    try {
        HeadlessRenderer renderer(std::move(surface), loaded, options);
        writePng(options.output, renderer.renderFrame());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
}

}  // namespace av
