// The ultrasound's data files: the acoustic materials (with their fallback by kind) and the probe and
// needle presets, shipped and broken; and seating the instruments on the posed skin.
#include "ultrasound_test_support.h"

#include <Eigen/Geometry>

namespace {

using Eigen::Vector3d;

std::string allMessages(const av::Diagnostics& diagnostics) {
    std::string text;
    for (const auto& e : diagnostics.errors) text += e + "\n";
    for (const auto& w : diagnostics.warnings) text += w + "\n";
    return text;
}

const char* kMinimalMaterials = R"({
  "format": "anatomy-viewer-acoustic-materials", "version": 1,
  "materials": {
    "fat": {"density_kg_m3": 930, "speed_m_s": 1460, "attenuation_db_cm_mhz": 0.7, "backscatter_db": -40},
    "gel": {"density_kg_m3": 1000, "speed_m_s": 1540, "attenuation_db_cm_mhz": 0, "backscatter_db": -90},
    "muscle": {"density_kg_m3": 1060, "speed_m_s": 1580, "attenuation_db_cm_mhz": 1.1, "backscatter_db": -44,
               "texture": "septa"},
    "bad": {"density_kg_m3": 1060, "speed_m_s": 1580, "attenuation_db_cm_mhz": 1.1, "backscatter_db": -44,
            "texture": "plaid"}
  },
  "kinds": {"muscle": "muscle", "region": null, "bone": "bad"},
  "structures": {"gluteus_maximus": "fat"},
  "background": "fat", "outside": "gel", "needle": "gel"
})";

}  // namespace

TEST_CASE("ultrasound data: the shipped materials and presets load without a message") {
    av::Diagnostics diagnostics;
    const auto materials =
        av::loadAcousticMaterials(std::filesystem::path(AV_SOURCE_DIR) / "data/ultrasound/materials.json", diagnostics);
    const auto presets =
        av::loadInstrumentPresets(std::filesystem::path(AV_SOURCE_DIR) / "data/ultrasound/presets.json", diagnostics);
    INFO(allMessages(diagnostics));
    CHECK(diagnostics.empty());
    REQUIRE(materials);
    REQUIRE(presets);
    for (const char* id : {"ischial_tuberosity_transverse", "ischial_tuberosity_longitudinal"}) CHECK(presets->probe(id));
    REQUIRE(presets->needle("lateral_to_medial"));
    CHECK(presets->needle("lateral_to_medial")->probe == "ischial_tuberosity_transverse");
    // Every structure of the shipped atlas has a material or is a region (transparent).
    for (const auto& structure : ustest::atlas().structures())
        if (structure.spec.kind != av::StructureKind::Region) CHECK(materials->forStructure(structure.spec));
}

TEST_CASE("ultrasound data: a structure finds its material by id, then by kind; a region is transparent") {
    av::Diagnostics diagnostics;
    const auto materials = av::parseAcousticMaterials(kMinimalMaterials, "materials.json", diagnostics);
    REQUIRE(materials);
    av::StructureSpec spec;
    spec.id = "piriformis";  // not named: its kind decides
    spec.kind = av::StructureKind::Muscle;
    CHECK(materials->forStructure(spec)->name == "muscle");
    spec.id = "gluteus_maximus";  // named
    CHECK(materials->forStructure(spec)->name == "fat");
    spec.id = "ischial_tuberosity";
    spec.kind = av::StructureKind::Region;
    CHECK(materials->forStructure(spec) == nullptr);
    spec.kind = av::StructureKind::Nerve;  // a kind the file does not list: the background
    CHECK(materials->forStructure(spec)->name == "fat");
    // The broken material is reported with the file, its line and the field, and left out with its kind.
    const std::string messages = allMessages(diagnostics);
    CHECK(messages.find("materials.json:") != std::string::npos);
    CHECK(messages.find("texture") != std::string::npos);
    CHECK(messages.find("plaid") != std::string::npos);
    CHECK(messages.find("material 'bad' is not defined") != std::string::npos);
    CHECK(materials->named("bad") == nullptr);
}

TEST_CASE("ultrasound data: a materials file without its background, or not JSON, is refused with a message") {
    av::Diagnostics diagnostics;
    std::string text = kMinimalMaterials;
    text.replace(text.find("\"background\": \"fat\""), 19, "\"background\": \"air\"");
    CHECK_FALSE(av::parseAcousticMaterials(text, "m.json", diagnostics));
    CHECK(allMessages(diagnostics).find("\"background\" must name a defined material") != std::string::npos);
    av::Diagnostics broken;
    CHECK_FALSE(av::parseAcousticMaterials("{ not json", "m.json", broken));
    CHECK(allMessages(broken).find("m.json:1") != std::string::npos);
}

TEST_CASE("ultrasound data: broken presets name the file, the line and the field, and are left out") {
    const std::string text = R"({
  "format": "anatomy-viewer-instrument-presets", "version": 1,
  "probes": {
    "good": {"point": [-0.2, -0.1, 0.07], "axis": [0, 0, 1], "type": "linear"},
    "no_point": {"axis": [0, 0, 1], "type": "linear"},
    "bad_type": {"point": [-0.2, -0.1, 0.07], "axis": [0, 0, 1], "type": "phased"},
    "deep": {"point": [-0.2, -0.1, 0.07], "axis": [0, 0, 1], "type": "linear", "depth_cm": 90},
    "both": {"point": [-0.2, -0.1, 0.07], "axis": [0, 0, 1], "type": "linear", "tilt_deg": 3, "aim": [0, 0, 0]}
  },
  "needles": {
    "orphan": {"entry": [-0.2, -0.1, 0.1], "target": [-0.14, -0.1, 0.07], "probe": "missing"}
  }
})";
    av::Diagnostics diagnostics;
    const auto presets = av::parseInstrumentPresets(text, "presets.json", diagnostics);
    REQUIRE(presets);
    CHECK(presets->probe("good"));
    for (const char* id : {"no_point", "bad_type", "deep", "both"}) CHECK_FALSE(presets->probe(id));
    REQUIRE(presets->needle("orphan"));
    CHECK(presets->needle("orphan")->probe.empty());
    const std::string messages = allMessages(diagnostics);
    INFO(messages);
    CHECK(messages.find("presets.json:5: missing field \"point\"") != std::string::npos);
    CHECK(messages.find("presets.json:6:") != std::string::npos);
    CHECK(messages.find("\"type\" must be linear or curvilinear") != std::string::npos);
    CHECK(messages.find("\"depth_cm\" must be from 1 to 30 cm") != std::string::npos);
    CHECK(messages.find("not both") != std::string::npos);
    CHECK(messages.find("probe preset 'missing' is not defined") != std::string::npos);
}

TEST_CASE("ultrasound data: a probe preset stands on the skin, square to it") {
    for (const char* id : {"ischial_tuberosity_transverse", "ischial_tuberosity_longitudinal"}) {
        INFO(std::string(id));
        const auto seated = av::seatProbePreset(ustest::neutralScene(), *ustest::presets().probe(id));
        REQUIRE(seated);
        CHECK(seated->skinGapMm <= 2.0);
        CHECK(seated->skinId == "skin");
        const av::Probe& probe = seated->probe;
        CHECK(std::abs(probe.axis.dot(probe.normal)) < 1e-9);
        CHECK(probe.normal.norm() == doctest::Approx(1));
        // Outward: a step along the normal leaves the body, a step against it enters.
        const av::TriangleBvh& skin = ustest::neutralScene().bvh(ustest::indexOf("skin"));
        CHECK_FALSE(skin.contains(probe.position + probe.normal * 0.005));
        CHECK(skin.contains(probe.position - probe.normal * 0.005));
        // Aimed: tilted so the preset's aim point lies in the image plane, below the probe, near the middle.
        const Vector3d towards = *ustest::presets().probe(id)->aim - probe.position;
        CHECK(std::abs(towards.dot(probe.elevation())) < 1e-9);
        CHECK(towards.dot(probe.beam()) > 0.05);
        CHECK(std::abs(towards.dot(probe.axis)) < 0.02);
    }
}

TEST_CASE("ultrasound data: a needle's entry is moved onto the skin along its own line") {
    const av::NeedlePreset& preset = *ustest::presets().needle("lateral_to_medial");
    const auto seated = av::seatNeedlePreset(ustest::neutralScene(), preset);
    REQUIRE(seated);
    CHECK(seated->skinGapMm < 0.01);
    CHECK(seated->needle.tip.isApprox(preset.target));
    const Vector3d given = (preset.entry - preset.target).normalized();
    const Vector3d placed = (seated->needle.entry - seated->needle.tip).normalized();
    CHECK(given.dot(placed) > 0.99999);
}
