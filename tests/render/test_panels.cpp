// Every panel open at once for two frames on the shipped atlas: no ImGui assertion (Debian's ImGui keeps its
// asserts, so one would abort this test), nothing reported, and the image really shows panels.
#include "core/annotations/content.h"
#include "core/resources.h"
#include "platform/headless.h"

#include <doctest/doctest.h>

TEST_CASE("panels: every panel opens for two frames without an assertion or a diagnostic") {
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(*av::defaultAtlasPath(), diagnostics);
    av::IdSet ids;
    for (const auto& id : atlas.ids()) ids.insert(id);
    const av::Content content = av::loadContent(av::defaultAnnotationsFolder(), ids, diagnostics);
    REQUIRE(diagnostics.errors.empty());
    REQUIRE(diagnostics.warnings.empty());
    REQUIRE(!content.tours.empty());

    av::ViewerOptions options;
    options.ui = true;
    options.width = 1280;
    options.height = 800;
    options.detail = av::Detail::Low;
    options.select = "semimembranosus";
    options.annotation = "semimembranosus";
    options.tour = content.tours.front().id;
    options.labels = true;
    options.motionGiven = true;
    options.animation = "sprint_late_swing";
    av::HeadlessRenderer renderer({atlas, content, diagnostics}, options);
    av::UiState& ui = renderer.ui();
    ui.panels.structures = ui.panels.inTourToo = ui.panels.information = ui.panels.motion = ui.panels.seeingInside = true;
    ui.panels.tours = ui.panels.mimics = ui.panels.quiz = true;
    ui.showProblems = true;
    ui.openKeyboardHelp = true;
    renderer.session().apply(av::act::StartQuiz{}, 0);
    renderer.session().apply(av::act::ShowMimics{{content.mimics.front().id}}, 0);
    const av::Image image = renderer.renderFrame();
    CHECK(diagnostics.errors.empty());
    CHECK(diagnostics.warnings.empty());
    // The panels really cover much of the window: the same scene without them differs over a large area.
    options.ui = false;
    av::HeadlessRenderer bare({atlas, content, diagnostics}, options);
    bare.session().apply(av::act::StartQuiz{}, 0);
    bare.session().apply(av::act::ShowMimics{{content.mimics.front().id}}, 0);
    const av::Image without = bare.renderFrame();
    REQUIRE(without.rgb.size() == image.rgb.size());
    std::size_t differing = 0;
    for (std::size_t i = 0; i + 2 < image.rgb.size(); i += 3)
        differing += std::abs(image.rgb[i] - without.rgb[i]) + std::abs(image.rgb[i + 1] - without.rgb[i + 1]) +
                         std::abs(image.rgb[i + 2] - without.rgb[i + 2]) > 30;
    CHECK(differing > image.rgb.size() / 3 / 5);
}
