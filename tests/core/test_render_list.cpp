// What is drawn, decided in core and checked without a display: colour precedence, x-ray, the selection
// ghost, hiding, strain colours, painted pain regions, label order, and the scene report's contract.
#include "core/atlas/strain_display.h"
#include "core/palette.h"
#include "core/scene/scene_report.h"
#include "shipped_model.h"

#include <doctest/doctest.h>

#include <set>

namespace {

using av::test::indexOf;

struct Drawing {
    const av::test::Shipped& shipped = av::test::shippedWithMeshes();
    av::ViewerModel model{shipped.atlas, shipped.content};
    const av::RenderItem& item(const av::RenderList& list, const std::string& id) const {
        return list.structures[indexOf(shipped.atlas, id)];
    }
};

bool sameColor(const av::Rgb& a, const av::Rgb& b) {
    return std::abs(a[0] - b[0]) < 1e-6 && std::abs(a[1] - b[1]) < 1e-6 && std::abs(a[2] - b[2]) < 1e-6;
}

}  // namespace

TEST_CASE("render list: a highlight beats a hover, which lightens the strain colour or the structure's own") {
    av::Structure femur;
    femur.spec.color = {0.5f, 0.4f, 0.3f};
    const av::Rgb own = femur.spec.color;
    CHECK(sameColor(av::structureColor(femur, false, false, std::nullopt, false), own));
    CHECK(sameColor(av::structureColor(femur, true, true, 0.05, true), av::palette::kHighlight));
    CHECK(sameColor(av::structureColor(femur, false, false, 0.05, true), av::strainColor(0.05)));
    CHECK(sameColor(av::structureColor(femur, false, false, 0.05, false), own));  // strain colours off
    const av::Rgb hovered = av::structureColor(femur, false, true, std::nullopt, false);
    for (int k = 0; k < 3; ++k) CHECK(hovered[k] > own[k]);  // lighter, towards white
}

TEST_CASE("render list: x-ray fades all but the highlighted, without making them unpickable") {
    CHECK(av::drawnOpacity(1.0f, false, true) == doctest::Approx(av::kXrayOpacity));
    CHECK(av::drawnOpacity(0.05f, false, true) == doctest::Approx(0.05f));
    CHECK(av::drawnOpacity(0.3f, true, true) == 1.0f);
    CHECK(av::drawnOpacity(0.3f, false, false) == doctest::Approx(0.3f));
    Drawing d;
    d.model.apply(av::act::Select{"semimembranosus"});
    d.model.apply(av::act::SetXray{true});
    const auto list = d.model.renderList();
    CHECK(d.item(list, "femur").opacity == doctest::Approx(av::kXrayOpacity));
    CHECK(d.item(list, "femur").pickable);
    CHECK(d.item(list, "semimembranosus").opacity == 1.0f);
    CHECK_FALSE(d.item(list, "skin").pickable);  // see-through by choice: clicks pass through it
}

TEST_CASE("render list: a selected group draws its parts highlighted, with a ghost, and itself not at all") {
    Drawing d;
    d.model.apply(av::act::Select{"proximal_hamstring_tendon"});
    const auto list = d.model.renderList();
    CHECK_FALSE(d.item(list, "proximal_hamstring_tendon").visible);
    for (const char* part : {"conjoint_tendon", "semimembranosus_tendon"}) {
        CHECK(d.item(list, part).highlighted);
        CHECK(d.item(list, part).ghost);
        CHECK(sameColor(d.item(list, part).color, av::palette::kHighlight));
    }
    CHECK_FALSE(d.item(list, "femur").ghost);
    CHECK_FALSE(d.item(list, "femur").highlighted);
}

TEST_CASE("render list: hiding, a highlight that shows through hiding, and the medial view without the left side") {
    Drawing d;
    d.model.apply(av::act::SetVisible{"gluteus_maximus", false});
    auto list = d.model.renderList();
    CHECK_FALSE(d.item(list, "gluteus_maximus").visible);
    CHECK_FALSE(d.item(list, "gluteus_maximus").pickable);
    d.model.apply(av::act::OpenAnnotation{"gluteus_maximus"});  // what is pointed at must be seen
    list = d.model.renderList();
    CHECK(d.item(list, "gluteus_maximus").visible);
    CHECK(d.item(list, "femur_left").visible);
    d.model.apply(av::act::SetView{"medial"});
    list = d.model.renderList();
    CHECK_FALSE(d.item(list, "femur_left").visible);
    CHECK_FALSE(d.item(list, "pelvis_left").visible);
    CHECK(d.item(list, "femur").visible);
}

TEST_CASE("render list: strain colours follow the tendon strain of the pose") {
    Drawing d;
    av::MotionState motion;
    motion.pose.hip_flexion_deg = 90;
    motion.showStrain = true;
    const av::Effects effects = d.model.apply(av::act::SetMotion{motion});
    CHECK(effects.poseChanged);
    const auto list = d.model.renderList();
    const auto strains = av::structureStrains(d.shipped.atlas, d.model.muscles());
    const std::size_t st = indexOf(d.shipped.atlas, "semitendinosus");
    REQUIRE(strains[st]);
    CHECK(*strains[st] > 0.0);
    CHECK(sameColor(list.structures[st].color, av::strainColor(*strains[st])));
    CHECK(sameColor(d.item(list, "femur").color, d.shipped.atlas.structures()[indexOf(d.shipped.atlas, "femur")].spec.color));
    CHECK(d.item(list, "semitendinosus").posed->deformed);  // bound to its path: the belly moves with the pose
}

TEST_CASE("render list: each painted condition shows on the skin in its own colour and is listed") {
    Drawing d;
    const auto& mimics = d.shipped.content.mimics;
    REQUIRE(mimics.size() >= 2);
    const auto before = d.model.renderList().paintVersion;
    d.model.apply(av::act::ShowMimics{{mimics[0].id, mimics[1].id}});
    const auto list = d.model.renderList();
    CHECK(list.paintVersion != before);
    const av::RenderItem& skin = d.item(list, "skin");
    REQUIRE(skin.paint);
    CHECK(skin.paint->full.size() == d.shipped.atlas.structures()[skin.index].mesh.positions.size());
    std::set<std::string> listed(skin.paintedRegions.begin(), skin.paintedRegions.end());
    CHECK(listed.count(mimics[0].id) == 1);
    CHECK(listed.count(mimics[1].id) == 1);
    // The vertex at the heart of each region takes that condition's colour.
    const av::Mesh& mesh = d.shipped.atlas.structures()[skin.index].mesh;
    for (const auto* mimic : {&mimics[0], &mimics[1]}) {
        std::size_t strongest = 0;
        double best = -1;
        for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
            const auto& p = mesh.positions[v];
            const double w = av::painAt(*mimic, {p[0], p[1], p[2]});
            if (w > best) best = w, strongest = v;
        }
        CHECK(best > 0.5);
        const auto& c = skin.paint->full[strongest];
        const auto& base = d.shipped.atlas.structures()[skin.index].spec.color;
        // Nearer the condition's colour than the skin's own.
        double toMimic = 0, toSkin = 0;
        for (int k = 0; k < 3; ++k) {
            toMimic += std::abs(c[k] / 255.0 - mimic->color[k]);
            toSkin += std::abs(c[k] / 255.0 - base[k]);
        }
        CHECK(toMimic < toSkin);
        CHECK(c[3] > 127);  // strongly painted: drawn nearly opaque on the see-through skin
    }
    CHECK(skin.paintOpacity > skin.opacity);
    CHECK(d.item(list, "femur").paintedRegions.empty());
    d.model.apply(av::act::ShowMimics{});
    CHECK_FALSE(d.item(d.model.renderList(), "skin").paint);
}

TEST_CASE("render list: labels name what is highlighted first, else everything on show but the skin") {
    Drawing d;
    auto list = d.model.renderList();
    for (std::size_t i : list.labelOrder) CHECK(d.shipped.atlas.structures()[i].spec.kind != av::StructureKind::Skin);
    CHECK(list.labelOrder.size() > 10);
    d.model.apply(av::act::OpenAnnotation{"sciatic_nerve"});
    list = d.model.renderList();
    REQUIRE(list.labelOrder.size() >= 1);
    CHECK(list.labelOrder.front() == indexOf(d.shipped.atlas, "sciatic_nerve"));
}

TEST_CASE("scene report: the contract's fields for every structure, the instruments and the camera") {
    Drawing d;
    av::ViewerOptions options;
    options.tour = "ischiogluteal_injection";
    options.step = 8;  // the needle path, in plane
    const av::CameraRequest camera = av::applyStartOptions(d.model, options);
    const nlohmann::json report = av::sceneReportJson(d.model, camera, av::Lens{30, 1.6});
    REQUIRE(report["structures"].size() == d.shipped.atlas.structures().size());
    for (const auto& s : report["structures"]) {
        for (const char* field : {"id", "visible", "color", "opacity", "highlighted", "ghost", "painted_regions"})
            CHECK_MESSAGE(s.contains(field), field);
        CHECK(s["color"].get<std::string>().size() == 7);
        CHECK(s["color"].get<std::string>()[0] == '#');
    }
    CHECK(report["instruments"].contains("probe"));
    CHECK(report["instruments"].contains("needle"));
    CHECK(report["camera"]["focus"] == "ischiogluteal_bursa");
    CHECK(report["camera"]["position_m"].size() == 3);
    CHECK(av::hexColor({1.0f, 0.0f, 0.5f}) == "#ff0080");
}
