// Explanations on screen: every tour step renders, x-ray fades what covers the selection, labels and
// the mimic's skin map show up.
#include "core/annotations/content.h"
#include "core/resources.h"
#include "fixtures.h"
#include "pixels.h"

#include <doctest/doctest.h>

using namespace av::test;

namespace {

struct ShippedScene {
    av::Diagnostics diagnostics;
    av::Atlas atlas;
    av::Content content;
    ShippedScene() {
        atlas = av::loadAtlas(*av::defaultAtlasPath(), diagnostics);
        av::IdSet ids;
        for (const auto& id : atlas.ids()) ids.insert(id);
        content = av::loadContent(av::defaultAnnotationsFolder(), ids, diagnostics);
    }
    av::Image render(av::ViewerOptions options) const {
        options.width = 320;
        options.height = 200;
        options.detail = av::Detail::Low;
        return av::renderImage({atlas, content, diagnostics}, options);
    }
};

std::size_t differing(const av::Image& a, const av::Image& b) {
    std::size_t n = 0;
    for (std::size_t i = 0; i + 2 < a.rgb.size(); i += 3)
        n += std::abs(a.rgb[i] - b.rgb[i]) + std::abs(a.rgb[i + 1] - b.rgb[i + 1]) + std::abs(a.rgb[i + 2] - b.rgb[i + 2]) > 30;
    return n;
}

}  // namespace

TEST_CASE("explain render: every step of every tour renders headless") {
    const ShippedScene scene;
    REQUIRE(scene.content.tours.size() >= 3);
    av::ViewerOptions empty;
    empty.hide = scene.atlas.ids();
    const av::Image background = scene.render(empty);
    for (const auto& tour : scene.content.tours)
        for (std::size_t step = 1; step <= tour.steps.size(); ++step) {
            av::ViewerOptions options;
            options.tour = tour.id;
            options.step = int(step);
            const av::Image image = scene.render(options);
            INFO(tour.id << " step " << step);
            // The atlas shows: whole-leg steps are narrow, close-ups fill the frame.
            CHECK(count(coverage(image, background)) > image.rgb.size() / 3 / 50);
        }
}

TEST_CASE("explain render: x-ray fades the structures that are not selected") {
    TempFolder folder;
    const av::Atlas atlas = loadFixture(
        writeBoxAtlas(folder, {{"back", {0, 0, 0}, 0.4, "#cccccc"}, {"front", {-0.4, 0, 0}, 0.15, "#cccccc"}}));
    av::ViewerOptions nothing;
    nothing.hide = {"back", "front"};
    const av::Image background = render(atlas, nothing);
    av::ViewerOptions plain;
    plain.hide = {"back"};
    av::ViewerOptions xray = plain;
    xray.xray = true;
    const av::Image opaque = render(atlas, plain), faded = render(atlas, xray);
    const auto front = coverage(opaque, background);
    REQUIRE(count(front) > 100);
    // How far the box's pixels stand out from the background, on average: x-ray leaves a faint trace.
    auto contrast = [&](const av::Image& image) {
        double sum = 0;
        for (int y = 0; y < image.height; ++y)
            for (int x = 0; x < image.width; ++x)
                if (front[std::size_t(y) * image.width + x]) {
                    const Rgb a = pixel(image, x, y), b = pixel(background, x, y);
                    sum += std::abs(a[0] - b[0]) + std::abs(a[1] - b[1]) + std::abs(a[2] - b[2]);
                }
        return sum / double(count(front));
    };
    CHECK(contrast(faded) < 0.3 * contrast(opaque));
}

TEST_CASE("explain render: labels and the mimic's skin map change the image where they are") {
    const ShippedScene scene;
    av::ViewerOptions plain;
    const av::Image base = scene.render(plain);
    av::ViewerOptions labelled = plain;
    labelled.labels = true;
    CHECK(differing(base, scene.render(labelled)) > 300);
    // The first step of the patient tour paints where the tendinopathy is felt on the skin.
    av::ViewerOptions painted;
    painted.tour = "sit_bone_pain";
    painted.step = 1;
    const av::Image withPaint = scene.render(painted);
    CHECK(fractionWhere(withPaint, std::vector<bool>(withPaint.rgb.size() / 3, true),
                        [](Rgb c) { return c[0] > c[2] + 40 && c[0] > 120; }) > 0.001);
}
