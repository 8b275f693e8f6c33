#include "platform/handout_export.h"

#include "handout/handout_pdf.h"
#include "platform/headless.h"

#include <iostream>
#include <stdexcept>

namespace av {
namespace {

// A start that sets nothing up but the size and detail: each view sets its own scene. Labels on, so that the
// renderer can draw those of the tour steps that show them.
ViewerOptions plainStart(const ViewerOptions& options) {
    ViewerOptions start;
    start.atlas = options.atlas;
    start.width = options.width;
    start.height = options.height;
    start.detail = options.detail == Detail::Low ? Detail::Low : Detail::Full;
    start.labels = true;
    return start;
}

// The scene of one view: a tour step as the tour sets it, or a text's structures highlighted and seen through
// what covers them, from behind, at the neutral pose.
Actions viewActions(const HandoutView& view) {
    if (!view.tour.empty()) return {act::StartTour{view.tour, view.step}};
    return {act::EndTour{},       act::ShowAll{},        act::SetMotion{MotionState{}},  act::OpenAnnotation{view.annotation},
            act::SetXray{true},   act::SetLabels{false}, act::SetView{"posterior"}};
}

}  // namespace

std::vector<Picture> renderHandoutViews(std::unique_ptr<GlSurface> surface, const Loaded& loaded,
                                        const ViewerOptions& options, const HandoutPlan& plan) {
    HeadlessRenderer renderer(std::move(surface), loaded, plainStart(options));
    std::vector<Picture> pictures;
    for (const HandoutView& view : plan.views()) {
        renderer.session().apply(viewActions(view), 0.0);
        // A motion that plays once (sit_down, ending seated) is printed at its end, where it makes its point.
        const MotionState& motion = renderer.session().state().motion;
        if (motion.playing && !motion.loop) renderer.session().advance(1e6);
        Image image = renderer.renderFrame();
        pictures.push_back(Picture{image.width, image.height, std::move(image.rgb)});
    }
    return pictures;
}

void writeHandout(std::unique_ptr<GlSurface> surface, const Loaded& loaded, const ViewerOptions& options,
                  const HandoutRequest& request, const std::filesystem::path& path) {
    if (const std::string problem = checkHandoutRequest(loaded.content, request); !problem.empty())
        throw std::runtime_error(problem);
    const HandoutPlan plan = planHandout(loaded.content, request);
    writeHandoutPdf(path, plan, renderHandoutViews(std::move(surface), loaded, options, plan));
}

int exportHandout(std::unique_ptr<GlSurface> surface, const Loaded& loaded, const ViewerOptions& options,
                  const HandoutRequest& request, const std::filesystem::path& path) {
    try {
        writeHandout(std::move(surface), loaded, options, request, path);
        std::cerr << "wrote the handout to " << std::filesystem::absolute(path).string() << '\n';
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
}

}  // namespace av
