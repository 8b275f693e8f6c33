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

TEST_CASE("labels: labels stay in the free 3D view, never under a panel") {
    // Measured on main before the layout work: labels were laid out over the whole window and ended up under
    // the structure list and the information panel.
    const av::Rect view{282, 20, 646, 754};
    std::vector<av::LabelRequest> requests;
    for (int i = 0; i < 10; ++i)  // anchors near both edges of the view, where a label would spill over a panel
        requests.push_back({"s" + std::to_string(i), "Structure " + std::to_string(i), i % 2 ? 300.0f : 910.0f,
                            60.0f + i * 40.0f, 140, 20});
    const auto placed = av::layoutLabels(requests, view);
    REQUIRE(placed.size() >= 8);
    for (const auto& label : placed) {
        CHECK(label.x >= view.x);
        CHECK(label.x + label.width <= view.x + view.width);
        CHECK(label.y >= view.y);
        CHECK(label.y + label.height <= view.y + view.height);
    }
}
