// The simulated image drawn in 3D in the probe's image plane (as Slicer shows a reslice): its grey pixels appear
// where the plane's corners project, and nowhere else; a fan's corners outside the scan stay see-through.
#include "core/annotations/content.h"
#include "core/resources.h"
#include "fixtures.h"
#include "pixels.h"

#include <doctest/doctest.h>

using namespace av::test;

namespace {

bool neutralGrey(const Rgb& c) { return std::abs(c[0] - c[1]) < 6 && std::abs(c[1] - c[2]) < 6 && c[0] > 40; }

}  // namespace

TEST_CASE("ultrasound plane: the image shows in 3D where the probe looks") {
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(*av::defaultAtlasPath(), diagnostics);
    av::IdSet ids;
    for (const auto& id : atlas.ids()) ids.insert(id);
    const av::Content content = av::loadContent(av::defaultAnnotationsFolder(), ids, diagnostics);
    av::ViewerOptions options;
    options.width = 400;
    options.height = 300;
    options.detail = av::Detail::Low;
    options.hide = atlas.ids();  // only the instruments and the image
    options.probePreset = "ischial_tuberosity_transverse";
    av::HeadlessRenderer renderer({atlas, content, diagnostics}, options);
    av::ViewerSession& session = renderer.session();
    const auto& probe = session.state().instruments.probe;
    REQUIRE(probe);
    renderer.renderFrame();  // the view holds the plane: the camera's clipping range below takes it in
    // From below, looking up the body's long axis at the transverse image plane's face.
    const Eigen::Vector3d focal = probe->position + probe->beam() * 0.05;
    session.viewport().setCamera({focal, focal - Eigen::Vector3d::UnitY() * 0.45, -Eigen::Vector3d::UnitX()});
    const av::Image image = renderer.renderFrame();
    const av::RenderList list = session.model().renderList();
    REQUIRE(list.ultrasound);
    const av::UltrasoundPlaneDrawing& plane = *list.ultrasound;
    // Where the plane's corners land on screen (display pixels, origin bottom-left -> image rows top first).
    double xmin = 1e9, xmax = -1e9, ymin = 1e9, ymax = -1e9;
    for (const Eigen::Vector3d& corner : {plane.origin, Eigen::Vector3d(plane.origin + plane.right),
                                          Eigen::Vector3d(plane.origin + plane.down),
                                          Eigen::Vector3d(plane.origin + plane.right + plane.down)}) {
        const auto at = session.viewport().project(corner);
        REQUIRE(at);
        xmin = std::min(xmin, (*at)[0]);
        xmax = std::max(xmax, (*at)[0]);
        ymin = std::min(ymin, image.height - 1 - (*at)[1]);
        ymax = std::max(ymax, image.height - 1 - (*at)[1]);
    }
    REQUIRE(xmax - xmin > 60);  // the plane faces the camera
    REQUIRE(ymax - ymin > 30);
    std::size_t inside = 0, insideGrey = 0, outsideGrey = 0;
    std::vector<int> levels(256, 0);
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const Rgb c = pixel(image, x, y);
            const bool in = x >= xmin - 2 && x <= xmax + 2 && y >= ymin - 2 && y <= ymax + 2;
            inside += in;
            if (!neutralGrey(c)) continue;
            if (in) {
                ++insideGrey;
                ++levels[c[0]];
            } else {
                ++outsideGrey;
            }
        }
    int distinct = 0;
    for (int n : levels) distinct += n > 2;
    INFO("plane's box " << xmin << ".." << xmax << " x " << ymin << ".." << ymax << ": " << insideGrey << " of " << inside
                        << " pixels grey (" << distinct << " levels), " << outsideGrey << " grey outside");
    CHECK(insideGrey > inside / 5);  // the image fills much of its box (a fan less than all of it)
    CHECK(distinct > 40);            // speckle and echoes, not a flat quad
    CHECK(outsideGrey < insideGrey / 10);
}
