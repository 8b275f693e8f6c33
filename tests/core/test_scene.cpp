#include "core/mouse_gestures.h"
#include "core/scene/apply_action.h"
#include "core/suggest.h"
#include "core/views.h"

#include <doctest/doctest.h>

namespace {

// Three structures: a bone, a group and its part.
av::Atlas smallAtlas() {
    std::vector<av::Structure> structures(4);
    const char* ids[] = {"pelvis", "tendon", "tendon_part", "tuberosity"};
    for (int i = 0; i < 4; ++i) {
        structures[i].spec.id = ids[i];
        structures[i].spec.mesh = i == 1 ? "" : "m.obj";
    }
    structures[2].spec.parent = "tendon";
    structures[3].spec.parent = "pelvis";
    return av::Atlas("small", std::move(structures));
}

}  // namespace

TEST_CASE("scene: selecting, hiding and showing only") {
    const av::Atlas atlas = smallAtlas();
    av::SceneState state = av::SceneState::forAtlas(atlas);
    av::applyToState({av::Action::Type::Select, "tendon"}, atlas, state);
    CHECK(state.selected == 1u);
    av::applyToState({av::Action::Type::Select, ""}, atlas, state);
    CHECK_FALSE(state.selected);

    // Hiding a bone hides its regions too.
    av::applyToState({av::Action::Type::SetVisible, "pelvis", {}, false}, atlas, state);
    CHECK_FALSE(state.visible[0]);
    CHECK_FALSE(state.visible[3]);
    CHECK(state.visible[2]);

    av::applyToState({av::Action::Type::ShowOnly, "tendon"}, atlas, state);
    CHECK(state.visible == std::vector<bool>{false, true, true, false});
    av::applyToState({av::Action::Type::ShowAll}, atlas, state);
    CHECK(state.visible == std::vector<bool>{true, true, true, true});

    // Selecting a hidden structure shows it: a selection is always visible.
    av::applyToState({av::Action::Type::SetVisible, "pelvis", {}, false}, atlas, state);
    av::applyToState({av::Action::Type::Select, "pelvis"}, atlas, state);
    CHECK(state.visible[0]);

    av::applyToState({av::Action::Type::SetOpacity, "pelvis", {}, false, 3.0f}, atlas, state);
    CHECK(state.opacity[0] == 1.0f);
    av::applyToState({av::Action::Type::SetView, {}, "sideways"}, atlas, state);
    CHECK(state.view == "posterior");
    av::applyToState({av::Action::Type::SetView, {}, "medial"}, atlas, state);
    CHECK(state.view == "medial");
}

TEST_CASE("scene: preset views look from where they say") {
    const auto posterior = av::findViewPreset("posterior");
    REQUIRE(posterior);
    CHECK(posterior->towardsCamera[0] == -1);  // camera behind: -X is posterior
    CHECK(av::findViewPreset("lateral")->towardsCamera[2] == 1);  // subject's right, +Z
    CHECK(av::findViewPreset("superior")->towardsCamera[1] == 1);
    CHECK(av::findViewPreset("medial")->hidesLeftSide);
    CHECK_FALSE(av::findViewPreset("oblique"));
    CHECK(av::viewPresetNames().size() == 6);
}

TEST_CASE("scene: clicks, drags and double clicks") {
    av::MouseGestures gestures;
    gestures.press(100, 100, 0.0);
    CHECK(gestures.release(101, 100, 0.1) == 1);
    gestures.press(101, 100, 0.2);
    CHECK(gestures.release(101, 101, 0.25) == 2);
    gestures.press(100, 100, 1.0);
    CHECK(gestures.release(150, 100, 1.1) == 0);  // a drag orbits, it does not select
    gestures.press(100, 100, 2.0);
    CHECK(gestures.release(100, 100, 3.0) == 0);  // held: a rotation that did not move
    CHECK(gestures.release(100, 100, 3.1) == 0);  // release without press
}

TEST_CASE("scene: did-you-mean suggests only likely typos") {
    const std::vector<std::string> ids{"semimembranosus", "semitendinosus", "femur"};
    CHECK(av::closestMatch("semitendinosis", ids) == "semitendinosus");
    CHECK(av::closestMatch("femru", ids) == "femur");
    CHECK(av::closestMatch("clavicle", ids).empty());
    CHECK(av::didYouMean("femr", ids) == " (did you mean 'femur'?)");
}
