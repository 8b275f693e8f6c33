#include "core/labels/label_layout.h"

#include <doctest/doctest.h>

TEST_CASE("labels: crowded anchors get labels that do not overlap and stay on screen") {
    std::vector<av::LabelRequest> requests;
    for (int i = 0; i < 12; ++i)
        requests.push_back({"s" + std::to_string(i), "Structure " + std::to_string(i), 700.0f, 400.0f + i * 3.0f, 120, 20});
    const auto placed = av::layoutLabels(requests, 1280, 800);
    REQUIRE(placed.size() == requests.size());
    for (std::size_t a = 0; a < placed.size(); ++a) {
        CHECK(placed[a].x >= 0);
        CHECK(placed[a].x + placed[a].width <= 1280);
        CHECK(placed[a].y >= 0);
        CHECK(placed[a].y + placed[a].height <= 800);
        for (std::size_t b = a + 1; b < placed.size(); ++b) CHECK_FALSE(av::overlaps(placed[a], placed[b]));
    }
    // Anchors right of centre get labels to their right, where there is room.
    CHECK(placed[0].x > 700);
}

TEST_CASE("labels: a label that cannot fit is left out rather than overlapping") {
    std::vector<av::LabelRequest> requests(3, {"a", "A very long label", 50, 10, 90, 18});
    const auto placed = av::layoutLabels(requests, 300, 20);  // room for one row only
    CHECK(placed.size() == 1);
}
