#include "fixtures.h"
#include "pixels.h"

#include <doctest/doctest.h>

using namespace av::test;

namespace {

// Seen from behind (camera on -X), "front" sits between the camera and the middle of "back".
std::vector<Box> coveredBox() {
    return {{"back", {0, 0, 0}, 0.4, "#cccccc"}, {"front", {-0.4, 0, 0}, 0.15, "#cccccc"}};
}

av::ViewerOptions only(const std::string& id, const std::vector<std::string>& all) {
    av::ViewerOptions options;
    for (const auto& other : all)
        if (other != id) options.hide.push_back(other);
    return options;
}

}  // namespace

TEST_CASE("highlight: a selected structure shows the highlight colour over its whole footprint") {
    TempFolder folder;
    const av::Atlas atlas = loadFixture(writeBoxAtlas(folder, coveredBox()));
    av::ViewerOptions nothing;
    nothing.hide = {"back", "front"};
    const av::Image background = render(atlas, nothing);
    av::ViewerOptions plainOptions;
    const av::Image plain = render(atlas, plainOptions);
    av::ViewerOptions selectedOptions;
    selectedOptions.select = "back";
    const av::Image selected = render(atlas, selectedOptions);

    const auto footprint = coverage(plain, background);
    REQUIRE(count(footprint) > 1000);
    CHECK(fractionWhere(plain, footprint, highlightLike) < 0.01);
    // Everywhere the scene covers is "back" or "front" in front of it: all of it must read as the
    // selection, the front box included, since it is ghosted over.
    CHECK(fractionWhere(selected, footprint, highlightLike) > 0.95);
}

TEST_CASE("highlight: hiding a structure removes its pixels") {
    TempFolder folder;
    const av::Atlas atlas = loadFixture(writeBoxAtlas(folder, coveredBox()));
    av::ViewerOptions nothing;
    nothing.hide = {"back", "front"};
    const av::Image background = render(atlas, nothing);
    const auto both = coverage(render(atlas, {}), background);
    av::ViewerOptions hideBack;
    hideBack.hide = {"back"};
    const auto frontOnly = coverage(render(atlas, hideBack), background);
    CHECK(count(frontOnly) > 100);
    CHECK(count(frontOnly) < count(both) / 2);
    for (std::size_t i = 0; i < both.size(); ++i)
        if (frontOnly[i]) REQUIRE(both[i]);
}

TEST_CASE("highlight: selecting a hidden structure shows it") {
    TempFolder folder;
    const av::Atlas atlas = loadFixture(writeBoxAtlas(folder, coveredBox()));
    av::ViewerOptions options = only("front", {"back", "front"});
    options.select = "back";
    const av::Image image = render(atlas, options);
    CHECK(centroidWhere(image, highlightLike)[0] > 0);
}
