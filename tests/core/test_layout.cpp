// The panel layout and which panels open, without a display. Measured on main before: at 1280x800 every tour
// step covered most of the 3D view, and the motion panel with an empty plot stayed open in tours without motion.
#include "core/layout/layout_report.h"
#include "core/layout/panel_context.h"
#include "core/layout/panel_layout.h"
#include "shipped_model.h"

#include <doctest/doctest.h>

#include <algorithm>

namespace {

bool shows(const std::vector<av::PanelId>& open, av::PanelId id) {
    return std::find(open.begin(), open.end(), id) != open.end();
}

bool overlap(const av::Rect& a, const av::Rect& b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

av::PanelLayout layoutFor(const av::ViewerState& state, const av::PanelChoices& choices, float width = 1280,
                          float height = 800) {
    av::LayoutInput input;
    input.width = width;
    input.height = height;
    input.open = av::openPanels(state, choices);
    return av::layoutPanels(input);
}

// Every panel inside the window, none over another or over the 3D view.
void checkTidy(const av::PanelLayout& layout) {
    for (std::size_t i = 0; i < layout.panels.size(); ++i) {
        const av::Rect& r = layout.panels[i].rect;
        INFO("panel " << av::panelName(layout.panels[i].id));
        CHECK(r.width > 100);
        CHECK(r.height > 80);
        CHECK(r.x >= 0);
        CHECK(r.y >= 0);
        CHECK(r.x + r.width <= layout.window.width);
        CHECK(r.y + r.height <= layout.window.height);
        CHECK_FALSE(overlap(r, layout.viewport));
        for (std::size_t j = i + 1; j < layout.panels.size(); ++j) CHECK_FALSE(overlap(r, layout.panels[j].rect));
    }
}

}  // namespace

TEST_CASE("layout: the 3D view keeps at least 60% of a 1280x800 window with the default panels") {
    const auto& shipped = av::test::shippedIdsOnly();
    av::ViewerModel model(shipped.atlas, shipped.content);
    const av::PanelChoices defaults;

    const av::PanelLayout start = layoutFor(model.state(), defaults);
    CHECK(shows(av::openPanels(model.state(), defaults), av::PanelId::Structures));
    CHECK(start.viewport.area() >= 0.6f * start.window.area());
    checkTidy(start);

    // Clicking a structure opens its facts without giving up the body's room.
    model.apply(av::act::Select{"semimembranosus"});
    const av::PanelLayout selected = layoutFor(model.state(), defaults);
    CHECK(shows(av::openPanels(model.state(), defaults), av::PanelId::Information));
    CHECK(selected.viewport.area() >= 0.6f * selected.window.area());
    checkTidy(selected);
}

TEST_CASE("layout: in every step of every tour the tour and its text show, and the body keeps 60%") {
    const auto& shipped = av::test::shippedIdsOnly();
    REQUIRE(shipped.content.tours.size() >= 3);
    for (const auto& tour : shipped.content.tours) {
        av::ViewerModel model(shipped.atlas, shipped.content);
        for (std::size_t step = 1; step <= tour.steps.size(); ++step) {
            INFO("tour " << tour.id << " step " << step);
            model.apply(step == 1 ? av::Action{av::act::StartTour{tour.id}} : av::Action{av::act::SetTourStep{step}});
            const auto open = av::openPanels(model.state(), av::PanelChoices{});
            CHECK(shows(open, av::PanelId::Information));  // the tour panel
            CHECK(shows(open, av::PanelId::Reading) == !model.state().annotation.empty());
            CHECK_FALSE(shows(open, av::PanelId::Structures));  // the structure list steps aside
            // Motion and its plots only where the step moves or poses the body: never an empty plot.
            CHECK(shows(open, av::PanelId::MotionPlots) == av::motionInUse(model.state().motion));
            const av::PanelLayout layout = layoutFor(model.state(), av::PanelChoices{});
            CHECK(layout.viewport.area() >= 0.6f * layout.window.area());
            checkTidy(layout);
        }
    }
}

TEST_CASE("layout: motion panels open with a motion and close with it") {
    const auto& shipped = av::test::shippedIdsOnly();
    av::ViewerModel model(shipped.atlas, shipped.content);
    const av::PanelChoices defaults;
    CHECK_FALSE(shows(av::openPanels(model.state(), defaults), av::PanelId::Motion));
    CHECK_FALSE(shows(av::openPanels(model.state(), defaults), av::PanelId::MotionPlots));

    av::PanelChoices asked = defaults;
    asked.motion = true;  // opened from the menu with nothing moving: the controls, but no empty plot
    CHECK(shows(av::openPanels(model.state(), asked), av::PanelId::Motion));
    CHECK_FALSE(shows(av::openPanels(model.state(), asked), av::PanelId::MotionPlots));

    av::MotionState bent = model.state().motion;
    bent.pose.knee_flexion_deg = 60;
    model.apply(av::act::SetMotion{bent});
    const auto open = av::openPanels(model.state(), defaults);
    CHECK(shows(open, av::PanelId::Motion));
    CHECK(shows(open, av::PanelId::MotionPlots));
    const av::PanelLayout layout = layoutFor(model.state(), defaults);
    checkTidy(layout);
    CHECK(layout.viewport.area() >= 0.45f * layout.window.area());
}

TEST_CASE("layout: presenter mode gives the 3D view the window above the caption") {
    const auto& shipped = av::test::shippedIdsOnly();
    av::ViewerModel model(shipped.atlas, shipped.content);
    model.apply(av::act::StartTour{"sit_bone_pain"});
    av::PanelChoices presenter;
    presenter.presenter = true;
    av::LayoutInput input;
    input.open = av::openPanels(model.state(), presenter);
    CHECK(input.open.empty());
    input.caption = 120;
    const av::PanelLayout layout = av::layoutPanels(input);
    CHECK(layout.panels.empty());
    CHECK(layout.viewport.width == doctest::Approx(1280));
    CHECK(layout.viewport.y + layout.viewport.height == doctest::Approx(800 - 26 - 120));
}

TEST_CASE("layout: large text widens the columns but the body keeps half the width") {
    av::LayoutInput input;
    input.open = {av::PanelId::Structures, av::PanelId::SeeingInside, av::PanelId::Information, av::PanelId::Reading};
    const av::PanelLayout normal = av::layoutPanels(input);
    input.largeText = true;
    const av::PanelLayout large = av::layoutPanels(input);
    CHECK(large.viewport.width < normal.viewport.width);
    CHECK(large.viewport.width >= 0.5f * 1280 - 1);
    checkTidy(normal);
    checkTidy(large);
    // A small window still leaves the body half its width.
    input.width = 900;
    const av::PanelLayout small = av::layoutPanels(input);
    CHECK(small.viewport.width >= 0.5f * 900 - 1);
}

TEST_CASE("layout: the information panel speaks as the tour does, and gives the wording back after") {
    const auto& shipped = av::test::shippedIdsOnly();
    av::ViewerModel model(shipped.atlas, shipped.content);
    REQUIRE(model.state().audience == av::Audience::Patient);
    model.apply(av::act::StartTour{"ischiogluteal_injection"});
    CHECK(model.state().audience == av::Audience::Clinical);
    model.apply(av::act::EndTour{});
    CHECK(model.state().audience == av::Audience::Patient);

    model.apply(av::act::SetAudience{av::Audience::Clinical});
    model.apply(av::act::StartTour{"sit_bone_pain"});
    CHECK(model.state().audience == av::Audience::Patient);
    model.apply(av::act::StartTour{"hamstring_origin"});  // one tour after another: the wording before both
    model.apply(av::act::EndTour{});
    CHECK(model.state().audience == av::Audience::Clinical);
}

TEST_CASE("layout: the report names each panel and the 3D view's rectangle") {
    av::LayoutInput input;
    input.open = {av::PanelId::Information, av::PanelId::Reading};
    const nlohmann::json json = av::layoutJson(av::layoutPanels(input));
    CHECK(json["window"] == nlohmann::json::array({1280, 800}));
    REQUIRE(json["viewport"].size() == 4);
    REQUIRE(json["panels"].size() == 2);
    CHECK(json["panels"][0]["id"] == "information");
    CHECK(json["panels"][1]["id"] == "reading");
    CHECK(json["panels"][1]["rect"].size() == 4);
}
