// The content shipped in annotations/ loads cleanly, covers every atlas structure, and its links resolve.
#include "annotations_test_support.h"
#include "core/annotations/content.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace av;
using namespace av::test;

namespace {

// Loaded once for the tests below; the first test checks that loading reports nothing.
const Content& shipped() {
    static Diagnostics diagnostics;
    static const Content content = loadContent(annotationsFolder(), atlasStructureIds(), diagnostics);
    return content;
}

std::vector<const Document*> allDocuments(const Content& content) {
    std::vector<const Document*> documents;
    for (const auto& annotation : content.annotations.annotations)
        for (Audience audience : kAudiences) documents.push_back(&annotation.text(audience));
    for (const auto& tour : content.tours)
        for (const auto& step : tour.steps) documents.push_back(&step.text);
    return documents;
}

double distance(const Point3& a, const Point3& b) {
    return std::sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
}

}  // namespace

TEST_CASE("annotations: the shipped content loads with no diagnostics") {
    Diagnostics diagnostics;
    const Content content = loadContent(annotationsFolder(), atlasStructureIds(), diagnostics);
    INFO(describe(diagnostics));
    CHECK(diagnostics.empty());
    CHECK(content.annotations.annotations.size() >= 30);
    CHECK(content.mimics.size() == 4);
    CHECK(content.tours.size() >= 3);
    CHECK(content.quiz.questions.size() >= 10);
}

TEST_CASE("annotations: every structure of the shipped atlas has a text") {
    for (const auto& id : atlasStructureIds()) {
        INFO("structure " << id);
        CHECK(shipped().annotations.findForStructure(id) != nullptr);
    }
    // A structure's own text wins over topic texts that also list it; a left side finds its right's text.
    CHECK(shipped().annotations.findForStructure("proximal_hamstring_tendon")->id == "proximal_hamstring_tendon");
    CHECK(shipped().annotations.findForStructure("pelvis_left")->id == "pelvis");
    CHECK(shipped().annotations.findForStructure("femur_left")->id == "femur");
    for (const char* bone : {"patella", "tibia", "fibula"})
        CHECK(shipped().annotations.findForStructure(std::string(bone) + "_left")->id == bone);
}

TEST_CASE("annotations: every topic of the reference has a text worded for both audiences") {
    for (const char* id : {"condition", "anatomy", "causes", "symptoms", "bursitis", "mimics", "trochanteric_pain",
                           "sciatica", "sacroiliac_pain", "diagnosis", "treatment", "injection",
                           "injection_technique"}) {
        INFO("annotation " << id);
        const Annotation* annotation = shipped().annotations.find(id);
        REQUIRE(annotation != nullptr);
        const std::string patient = plainText(annotation->text(Audience::Patient));
        const std::string clinical = plainText(annotation->text(Audience::Clinical));
        CHECK(!patient.empty());
        CHECK(!clinical.empty());
        CHECK(patient != clinical);
    }
}

TEST_CASE("annotations: every link in the shipped content resolves") {
    const Content& content = shipped();
    const KnownIds known = content.knownIds(atlasStructureIds());
    int links = 0;
    for (const Document* document : allDocuments(content))
        for (const Block& block : document->blocks)
            for (const Span& span : block.spans) {
                if (span.link == LinkKind::Structure) CHECK(known.structures.count(span.target) == 1);
                if (span.link == LinkKind::Annotation) CHECK(known.annotations.count(span.target) == 1);
                if (span.link != LinkKind::None) ++links;
            }
    CHECK(links > 100);
    for (const auto& tour : content.tours)
        for (const auto& step : tour.steps)
            if (!step.annotation.empty()) CHECK(known.annotations.count(step.annotation) == 1);
    for (const auto& mimic : content.mimics) CHECK(known.annotations.count(mimic.annotation) == 1);
    for (const auto& question : content.quiz.questions) CHECK(known.annotations.count(question.hint) == 1);
}

TEST_CASE("annotations: the three tours are there, for their audiences") {
    const auto& tours = shipped().tours;
    const auto find = [&](const std::string& id) -> const Tour* {
        for (const auto& tour : tours)
            if (tour.id == id) return &tour;
        return nullptr;
    };
    const Tour* patient = find("sit_bone_pain");
    const Tour* student = find("hamstring_origin");
    const Tour* clinician = find("ischiogluteal_injection");
    REQUIRE(patient);
    REQUIRE(student);
    REQUIRE(clinician);
    CHECK(patient->title == "Pain at the sit bone");
    CHECK(patient->audience == Audience::Patient);
    CHECK(student->audience == Audience::Clinical);
    CHECK(clinician->audience == Audience::Clinical);
    const auto json = toursToJson(tours);
    REQUIRE(json.is_array());
    for (const auto& entry : json) {
        CHECK(entry.at("id").is_string());
        CHECK(entry.at("title").is_string());
        CHECK(entry.at("steps").get<int>() > 0);
    }
}

TEST_CASE("annotations: the clinician tour's needle ends at the bursa and passes clear of the sciatic nerve") {
    const Tour* clinician = nullptr;
    for (const auto& tour : shipped().tours)
        if (tour.id == "ischiogluteal_injection") clinician = &tour;
    REQUIRE(clinician);
    // The tours name the needle by its preset (the same data as --needle-preset), or by points.
    const Content& content = shipped();
    int needles = 0;
    for (const auto& step : clinician->steps) {
        std::optional<TourNeedle> needle = step.needle;
        if (const NeedlePreset* preset = content.instrumentPresets.needle(step.needlePreset))
            needle = TourNeedle{{preset->entry.x(), preset->entry.y(), preset->entry.z()},
                                {preset->target.x(), preset->target.y(), preset->target.z()}};
        if (!needle) continue;
        ++needles;
        // Hamstring origin near (-0.12, -0.10, 0.07); the nerve ~1.2 cm lateral to the tuberosity's lateral edge
        // (about z 0.085), i.e. a near-vertical line at about x -0.125, z 0.097.
        CHECK(distance(needle->tip, {-0.12, -0.10, 0.07}) < 0.03);
        CHECK(needle->entry[2] > needle->tip[2]);  // enters lateral to the target
        double closest = 1;
        for (int i = 0; i <= 100; ++i) {
            const double t = i / 100.0;
            const double x = needle->entry[0] + t * (needle->tip[0] - needle->entry[0]);
            const double z = needle->entry[2] + t * (needle->tip[2] - needle->entry[2]);
            closest = std::min(closest, std::hypot(x + 0.125, z - 0.097));
        }
        CHECK(closest > 0.015);
    }
    CHECK(needles >= 2);
}

TEST_CASE("annotations: the pain regions separate the mimics") {
    const auto& mimics = shipped().mimics;
    const auto find = [&](const std::string& id) -> const Mimic& {
        for (const auto& mimic : mimics)
            if (mimic.id == id) return mimic;
        FAIL("missing mimic " << id);
        return mimics.front();
    };
    const Point3 sitBoneSkin{-0.16, -0.105, 0.07}, trochanterSkin{-0.075, -0.09, 0.165}, calf{-0.11, -0.62, 0.085},
        sacroiliac{-0.155, 0.03, 0.045};
    const Mimic& tendinopathy = find("proximal_hamstring_tendinopathy");
    const Mimic& trochanteric = find("trochanteric_pain");
    const Mimic& sciatica = find("sciatica");
    const Mimic& sacroiliacPain = find("sacroiliac_pain");
    CHECK(painAt(tendinopathy, sitBoneSkin) == doctest::Approx(1.0));
    CHECK(painAt(trochanteric, sitBoneSkin) == 0);
    CHECK(painAt(trochanteric, trochanterSkin) > 0);
    CHECK(painAt(tendinopathy, trochanterSkin) == 0);
    CHECK(painAt(sciatica, calf) > 0);
    CHECK(painAt(tendinopathy, calf) == 0);
    CHECK(painAt(sacroiliacPain, sacroiliac) > 0);
    CHECK(painAt(tendinopathy, sacroiliac) == 0);
}

TEST_CASE("annotations: --list-annotations --json gives id, title and structures") {
    const auto json = annotationsToJson(shipped().annotations);
    REQUIRE(json.is_array());
    REQUIRE(!json.empty());
    bool pelvisCoversBothSides = false;
    for (const auto& entry : json) {
        CHECK(entry.at("id").is_string());
        CHECK(entry.at("title").is_string());
        CHECK(entry.at("structures").is_array());
        if (entry["id"] == "pelvis")
            pelvisCoversBothSides = entry["structures"] == nlohmann::json{"pelvis", "pelvis_left"};
    }
    CHECK(pelvisCoversBothSides);
}
