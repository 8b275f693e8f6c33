#include "fixtures.h"
#include "pixels.h"

#include <doctest/doctest.h>

using namespace av::test;

namespace {

// Red on the subject's right (+Z), green in front (+X), blue above (+Y); grey boxes in the middle and
// opposite each marker keep the scene centred on the origin.
const std::vector<Box> kMarkers = {{"centre", {0, 0, 0}, 0.1, "#808080"},  {"right", {0, 0, 0.3}, 0.1, "#ff0000"},
                                   {"front", {0.3, 0, 0}, 0.1, "#00ff00"},  {"top", {0, 0.3, 0}, 0.1, "#0000ff"},
                                   {"left", {0, 0, -0.3}, 0.1, "#808080"},  {"back", {-0.3, 0, 0}, 0.1, "#808080"},
                                   {"bottom", {0, -0.3, 0}, 0.1, "#808080"}};

std::array<double, 2> where(const av::Image& image, int channel) {
    return centroidWhere(image, [channel](Rgb c) { return dominant(c, channel); });
}

av::Image view(const av::Atlas& atlas, const std::string& name) {
    av::ViewerOptions options;
    options.view = name;
    return render(atlas, options);
}

}  // namespace

TEST_CASE("views: each preset looks from where it says") {
    TempFolder folder;
    const av::Atlas atlas = loadFixture(writeBoxAtlas(folder, kMarkers));
    constexpr int red = 0, green = 1, blue = 2;

    const auto posterior = view(atlas, "posterior");  // from behind: the subject's right is on the right
    CHECK(where(posterior, red)[0] > 0.6);
    CHECK(where(posterior, blue)[1] < 0.4);
    CHECK(where(posterior, green)[0] < 0);  // hidden behind the centre box

    const auto anterior = view(atlas, "anterior");  // from the front: the subject's right on the left
    CHECK(where(anterior, red)[0] < 0.4);
    CHECK(where(anterior, green)[0] == doctest::Approx(0.5).epsilon(0.05));

    const auto lateral = view(atlas, "lateral");  // from the right: the front on the right
    CHECK(where(lateral, green)[0] > 0.6);
    CHECK(where(lateral, red)[0] == doctest::Approx(0.5).epsilon(0.05));

    const auto medial = view(atlas, "medial");  // from the midline: the front on the left
    CHECK(where(medial, green)[0] < 0.4);

    const auto superior = view(atlas, "superior");  // from above, front at the top
    CHECK(where(superior, green)[1] < 0.4);
    CHECK(where(superior, red)[0] > 0.6);
    CHECK(where(superior, blue)[0] == doctest::Approx(0.5).epsilon(0.05));

    const auto inferior = view(atlas, "inferior");  // from below, front at the top, right on the left
    CHECK(where(inferior, green)[1] < 0.4);
    CHECK(where(inferior, red)[0] < 0.4);
}

TEST_CASE("views: --ui adds the panels to the image") {
    TempFolder folder;
    const av::Atlas atlas = loadFixture(writeBoxAtlas(folder, kMarkers));
    av::ViewerOptions options;
    const av::Image plain = render(atlas, options);
    options.ui = true;
    const av::Image withUi = render(atlas, options);
    // The menu bar spans the top rows.
    std::size_t changed = 0;
    for (int x = 0; x < plain.width; ++x)
        changed += pixel(plain, x, 5) != pixel(withUi, x, 5);
    CHECK(changed > std::size_t(plain.width) * 3 / 4);
}
