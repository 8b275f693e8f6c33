// The ultrasound's command line as a user runs it: the reports' contracts, the image alone as a PNG whose rows
// are linear in depth, every option's effect, the panel in a --ui image, and clear refusals of bad values.
#include "cli_run.h"
#include "pixels.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace av::test;

namespace {

const std::vector<std::string> kTransverse = {"--probe-preset", "ischial_tuberosity_transverse"};

std::vector<std::string> with(std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

nlohmann::json report(const TempFolder& folder, const std::vector<std::string>& arguments) {
    const Run run = runViewer(folder, arguments, false);  // reports need no display
    REQUIRE_MESSAGE(run.exitCode == 0, run.err);
    return nlohmann::json::parse(run.out);
}

// Start and end (mm) of the first stretch of a structure on the centre line.
std::pair<double, double> onCentreLine(const nlohmann::json& ultrasound, const std::string& id) {
    for (const auto& segment : ultrasound["centre_line"])
        if (segment["id"] == id) return {segment["start_mm"].get<double>(), segment["end_mm"].get<double>()};
    FAIL("no " << id << " on the centre line: " << ultrasound["centre_line"].dump());
    return {0, 0};
}

}  // namespace

TEST_CASE("cli ultrasound: --report ultrasound --json gives the contract's fields, structures in depth order") {
    TempFolder folder;
    const auto json = report(folder, with({"--report", "ultrasound", "--json"}, kTransverse));
    for (const char* key : {"width_mm", "depth_mm", "columns", "rows", "centre_line"}) CHECK(json.contains(key));
    CHECK(json["depth_mm"].get<double>() == doctest::Approx(100));  // the preset's 10 cm
    CHECK(json["columns"] == 256);
    CHECK(json["rows"] == 512);
    const auto& line = json["centre_line"];
    REQUIRE(line.size() >= 3);
    CHECK(line[0]["id"] == "skin");
    for (std::size_t i = 1; i < line.size(); ++i) CHECK(line[i]["start_mm"] >= line[i - 1]["start_mm"]);
    for (const auto& segment : line) CHECK(segment["end_mm"] >= segment["start_mm"]);
    onCentreLine(json, "gluteus_maximus");
}

TEST_CASE("cli ultrasound: --report needle --json gives the contract's fields for the preset path") {
    TempFolder folder;
    const auto json = report(folder, {"--report", "needle", "--json", "--needle-preset", "lateral_to_medial"});
    for (const char* key : {"entry_m", "tip_m", "crossed", "tip_structure", "tip_to_bursa_mm", "min_nerve_distance_mm",
                            "tuberosity_to_nerve_mm", "in_plane", "warnings"})
        CHECK(json.contains(key));
    CHECK(json["tip_structure"] == "ischiogluteal_bursa");
    CHECK(json["tip_to_bursa_mm"].get<double>() == 0.0);
    CHECK(json["in_plane"] == true);  // the preset brings its transverse probe
    CHECK(json["warnings"].empty());
    CHECK(json["crossed"][0] == "skin");
    CHECK(json["min_nerve_distance_mm"].get<double>() > 5);
    CHECK(json["tuberosity_to_nerve_mm"].get<double>() > 5);
    // A needle by points, aimed into the pelvis: through_bone, with a message.
    const auto bone = report(folder, {"--report", "needle", "--json", "--needle", "-0.21,-0.107,0.116:-0.1219,-0.0968,0.0589"});
    CHECK(bone["tip_m"][2].get<double>() == doctest::Approx(0.0589));
    bool throughBone = false;
    for (const auto& warning : bone["warnings"])
        if (warning["kind"] == "through_bone") throughBone = warning["message"].get<std::string>().size() > 10;
    CHECK(throughBone);
    CHECK(bone["in_plane"].is_null());  // no probe to be in the plane of
}

TEST_CASE("cli ultrasound: the tuberosity-nerve gap in the needle report grows from prone to side-lying") {
    TempFolder folder;
    const auto prone = report(folder, {"--report", "needle", "--needle-preset", "lateral_to_medial"});
    const auto side = report(folder, {"--report", "needle", "--needle-preset", "lateral_to_medial", "--hip-flexion",
                                      "90", "--knee-flexion", "60"});
    INFO("prone " << prone["tuberosity_to_nerve_mm"] << " mm, side-lying " << side["tuberosity_to_nerve_mm"] << " mm");
    CHECK(side["tuberosity_to_nerve_mm"].get<double>() > prone["tuberosity_to_nerve_mm"].get<double>() + 1);
}

TEST_CASE("cli ultrasound: probe by points, type, depth, frequency and gain change the image as asked") {
    TempFolder folder;
    const std::vector<std::string> probe = {"--report", "ultrasound", "--probe", "-0.184,-0.113,0.068", "--probe-axis",
                                            "0,0,1", "--probe-type", "linear", "--depth-cm", "8"};
    const auto linear = report(folder, probe);
    CHECK(linear["depth_mm"].get<double>() == doctest::Approx(80));
    CHECK(linear["width_mm"].get<double>() == doctest::Approx(38));  // a linear array's footprint
    CHECK(linear["centre_line"][0]["id"] == "skin");
    CHECK(linear["centre_line"][0]["start_mm"].get<double>() < 1.0);  // projected onto the skin
    // Frequency and gain change the pixels, not the geometry.
    const auto shot = folder.path() / "a.png", brighter = folder.path() / "b.png";
    const auto image = with(probe, {"--frequency-mhz", "7"});
    REQUIRE(runViewer(folder, with(image, {"--ultrasound-output", shot.string()}), false).exitCode == 0);
    REQUIRE(runViewer(folder, with(image, {"--ultrasound-output", brighter.string(), "--gain-db", "10"}), false).exitCode == 0);
    // With --report too, both come out.
    REQUIRE(std::filesystem::exists(shot));
    REQUIRE(std::filesystem::exists(brighter));
    const av::Image a = readPng(shot), b = readPng(brighter);
    double sumA = 0, sumB = 0;
    for (std::size_t i = 0; i < a.rgb.size(); ++i) sumA += a.rgb[i], sumB += b.rgb[i];
    CHECK(sumB > sumA * 1.1);
}

TEST_CASE("cli ultrasound: --ultrasound-output writes the image alone, its rows linear in depth from the skin") {
    TempFolder folder;
    // Over the tuberosity, where the centre line meets the bone within the depth.
    const std::vector<std::string> linear = {"--probe", "-0.184,-0.113,0.068", "--probe-axis", "0,0,1", "--probe-type",
                                             "linear", "--depth-cm", "8"};
    const auto json = report(folder, with({"--report", "ultrasound"}, linear));
    const auto shot = folder.path() / "us.png";
    const Run run = runViewer(folder, with({"--ultrasound-output", shot.string()}, linear), false);
    REQUIRE_MESSAGE(run.exitCode == 0, run.err);
    REQUIRE(std::filesystem::exists(shot));
    const av::Image image = readPng(shot);
    CHECK(image.width == json["columns"].get<int>());
    CHECK(image.height == json["rows"].get<int>());
    // Row r shows r / rows x depth_mm below the skin: the bone's surface on the centre line, from the report,
    // is the brightest band of the centre columns near its row, with the acoustic shadow below it.
    const double depth = json["depth_mm"].get<double>();
    const auto [bone, boneEnd] = onCentreLine(json, "pelvis");
    const int rows = image.height;
    auto rowMean = [&](int r) {
        double sum = 0;
        for (int c = image.width / 2 - 4; c <= image.width / 2 + 4; ++c) sum += pixel(image, c, r)[0];
        return sum / 9;
    };
    const int expected = int(bone / depth * rows);
    int brightest = expected;
    const int window = int(3.0 / depth * rows);  // 3 mm either side
    for (int r = std::max(0, expected - window); r <= std::min(rows - 1, expected + window); ++r)
        if (rowMean(r) > rowMean(brightest)) brightest = r;
    INFO("bone at " << bone << " mm: expected row " << expected << ", brightest row " << brightest);
    CHECK(std::abs(brightest - expected) * depth / rows < 1.5);
    // Mean brightness over 10 mm above the cortex, and over what the image holds of the 10 mm below it.
    double above = 0, below = 0;
    int aboveRows = 0, belowRows = 0;
    const int mm = int(rows / depth);
    for (int r = expected - 12 * mm; r < expected - 2 * mm; ++r, ++aboveRows) above += rowMean(r);
    for (int r = expected + 3 * mm; r < std::min(rows, expected + 13 * mm); ++r, ++belowRows) below += rowMean(r);
    REQUIRE(belowRows >= 3 * mm);
    CHECK(below / belowRows < 0.3 * above / aboveRows);
}

TEST_CASE("cli ultrasound: --pathology bursitis thickens the bursa on the centre line") {
    TempFolder folder;
    const auto healthy = report(folder, with({"--report", "ultrasound"}, kTransverse));
    const auto bursitis = report(folder, with({"--report", "ultrasound", "--pathology", "bursitis"}, kTransverse));
    const auto [h0, h1] = onCentreLine(healthy, "ischiogluteal_bursa");
    const auto [b0, b1] = onCentreLine(bursitis, "ischiogluteal_bursa");
    CHECK(b1 - b0 > h1 - h0 + 3);
}

TEST_CASE("cli ultrasound: a tour step's probe answers the reports, and the options win over it") {
    TempFolder folder;
    const std::vector<std::string> step = {"--tour", "ischiogluteal_injection", "--step", "8"};
    const auto tour = report(folder, with({"--report", "needle"}, step));
    CHECK(tour["tip_structure"] == "ischiogluteal_bursa");
    const auto deeper = report(folder, with({"--report", "ultrasound", "--depth-cm", "12"}, step));
    CHECK(deeper["depth_mm"].get<double>() == doctest::Approx(120));
}

TEST_CASE("cli ultrasound: bad values and missing instruments exit 2 with a clear message") {
    TempFolder folder;
    const struct {
        std::vector<std::string> arguments;
        const char* says;
    } mistakes[] = {
        {{"--report", "ultrasound", "--probe-preset", "ischial_tuberosity_transvers"}, "did you mean 'ischial_tuberosity_transverse'"},
        {{"--report", "needle", "--needle-preset", "lateral_to_medal"}, "did you mean 'lateral_to_medial'"},
        {{"--report", "ultrasound", "--probe-type", "convex", "--probe-preset", "ischial_tuberosity_transverse"}, "linear or curvilinear"},
        {{"--report", "ultrasound", "--depth-cm", "0.2"}, "--depth-cm"},
        {{"--report", "needle", "--needle", "1,2,3"}, "EX,EY,EZ:TX,TY,TZ"},
        {{"--report", "ultrasound", "--pathology", "tendonitis"}, "--pathology"},
        {{"--report", "ultrasound"}, "needs a probe"},
        {{"--report", "needle"}, "needs a needle"},
        {{"--ultrasound-output", "x.png"}, "needs a probe"},
    };
    for (const auto& mistake : mistakes) {
        CAPTURE(mistake.says);
        const Run run = runViewer(folder, mistake.arguments, false);
        CHECK(run.exitCode == 2);
        CHECK(run.err.find(mistake.says) != std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(folder.path() / "x.png"));
}

TEST_CASE("cli ultrasound: --ui --output shows the ultrasound panel with the image when a probe is placed") {
    TempFolder folder;
    const auto bare = folder.path() / "bare.png", probed = folder.path() / "probe.png";
    const std::vector<std::string> common = {"--ui", "--resolution", "1280,800", "--detail", "low"};
    // Where the layout docks the ultrasound panel once a probe is placed (and that it does).
    const Run layout = runViewer(folder, with({"--report", "layout", "--json", "--resolution", "1280,800", "--detail", "low"},
                                              kTransverse));
    REQUIRE_MESSAGE(layout.exitCode == 0, layout.err);
    const nlohmann::json panels = nlohmann::json::parse(layout.out)["panels"];
    nlohmann::json rect;
    for (const auto& panel : panels)
        if (panel["id"] == "ultrasound") rect = panel["rect"];
    REQUIRE_MESSAGE(rect.size() == 4, layout.out);
    REQUIRE(runViewer(folder, with(common, {"--output", bare.string()})).exitCode == 0);
    const Run run = runViewer(folder, with(with(common, {"--output", probed.string()}), kTransverse));
    REQUIRE_MESSAGE(run.exitCode == 0, run.err);
    const av::Image a = readPng(bare), b = readPng(probed);
    REQUIRE(a.rgb.size() == b.rgb.size());
    // The image: many neutral grey pixels of many levels (speckle) where the panel stands, which the same
    // window without a probe does not have there.
    const int x0 = rect[0].get<int>(), y0 = rect[1].get<int>();
    const int x1 = std::min(a.width, x0 + rect[2].get<int>()), y1 = std::min(a.height, y0 + rect[3].get<int>());
    auto greyLevels = [&](const av::Image& image, int& count) {
        std::vector<int> histogram(256, 0);
        count = 0;
        for (int y = std::max(0, y0); y < y1; ++y)
            for (int x = std::max(0, x0); x < x1; ++x) {
                const auto c = pixel(image, x, y);
                if (std::abs(c[0] - c[1]) < 4 && std::abs(c[1] - c[2]) < 4 && c[0] > 20) {
                    ++histogram[c[0]];
                    ++count;
                }
            }
        int levels = 0;
        for (int h : histogram) levels += h > 20;
        return levels;
    };
    int greyBare = 0, greyProbe = 0;
    const int levelsBare = greyLevels(a, greyBare), levelsProbe = greyLevels(b, greyProbe);
    INFO("panel " << rect.dump() << ": grey pixels without a probe " << greyBare << " (" << levelsBare
                  << " levels), with " << greyProbe << " (" << levelsProbe << " levels)");
    CHECK(greyProbe > greyBare + 20000);
    CHECK(levelsProbe > 100);
}
