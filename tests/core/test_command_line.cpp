#include "core/command_line.h"

#include <doctest/doctest.h>

using av::parseCommandLine;

TEST_CASE("command line: options fill the viewer options") {
    const auto command = parseCommandLine({"--output", "shot.png", "--resolution", "640,480", "--view", "lateral",
                                           "--select", "femur", "--hide", "skin,gluteus_maximus", "--ui"});
    CHECK(command.viewer.output == "shot.png");
    CHECK(command.viewer.width == 640);
    CHECK(command.viewer.height == 480);
    CHECK(command.viewer.view == "lateral");
    CHECK(command.viewer.select == "femur");
    CHECK(command.viewer.hide == std::vector<std::string>{"skin", "gluteus_maximus"});
    CHECK(command.viewer.ui);
    CHECK_FALSE(command.atlasGiven);
}

TEST_CASE("command line: defaults") {
    const auto command = parseCommandLine({});
    CHECK(command.viewer.view == "posterior");
    CHECK(command.viewer.width == 1280);
    CHECK(command.viewer.height == 800);
    CHECK(command.viewer.detail == av::Detail::Auto);
    CHECK_FALSE(command.help);
}

TEST_CASE("command line: listing flags and help") {
    const auto command = parseCommandLine({"--list-structures", "--json", "--atlas", "x.json"});
    CHECK(command.listStructures);
    CHECK(command.json);
    CHECK(command.atlasGiven);
    CHECK(parseCommandLine({"--help"}).help);
    CHECK(parseCommandLine({"--help"}).helpText.find("--list-structures") != std::string::npos);
    CHECK(parseCommandLine({"--version"}).version);
}

TEST_CASE("command line: mistakes get clear messages") {
    CHECK_THROWS_WITH_AS(parseCommandLine({"--selct", "femur"}), doctest::Contains("did you mean '--select'"),
                         av::CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--outptu=a.png"}), doctest::Contains("did you mean '--output'"),
                         av::CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--view", "posterier"}), doctest::Contains("did you mean 'posterior'"),
                         av::CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--resolution", "big"}), doctest::Contains("W,H"), av::CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--resolution", "0,10"}), doctest::Contains("16..16384"),
                         av::CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--detail", "ultra"}), doctest::Contains("--detail"), av::CommandLineError);
    CHECK_THROWS_AS(parseCommandLine({"--ui"}), av::CommandLineError);
    CHECK_THROWS_AS(parseCommandLine({"stray"}), av::CommandLineError);
}

TEST_CASE("command line: --annotation repeats for a handout, in order, and the viewer opens the first") {
    const auto command =
        parseCommandLine({"--handout", "notes.pdf", "--annotation", "injection", "--annotation", "treatment", "--annotation=bursitis"});
    CHECK(command.handout == "notes.pdf");
    CHECK(command.annotations == std::vector<std::string>{"injection", "treatment", "bursitis"});
    CHECK(command.viewer.annotation == "injection");
    const auto single = parseCommandLine({"--annotation", "bursitis"});
    CHECK(single.viewer.annotation == "bursitis");
    CHECK(single.annotations == std::vector<std::string>{"bursitis"});
    CHECK(parseCommandLine({"--handout", "notes.pdf", "--tour", "sit_bone_pain"}).viewer.tour == "sit_bone_pain");
}

TEST_CASE("command line: --handout needs a tour or a text, and stands alone; --report exercises is a report") {
    CHECK_THROWS_WITH_AS(parseCommandLine({"--handout", "notes.pdf"}), doctest::Contains("--tour ID or --annotation ID"),
                         av::CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--handout", "notes.pdf", "--tour", "t", "--output", "x.png"}),
                         doctest::Contains("not with --output"), av::CommandLineError);
    CHECK(parseCommandLine({"--report", "exercises", "--json"}).report == "exercises");
    CHECK_THROWS_WITH_AS(parseCommandLine({"--report", "exercise"}), doctest::Contains("did you mean 'exercises'"),
                         av::CommandLineError);
}

TEST_CASE("command line: the ultrasound's options fill the viewer options") {
    const auto command = parseCommandLine({"--ultrasound-output", "us.png", "--probe", "-0.2,-0.1,0.07", "--probe-axis",
                                           "0,0,1", "--probe-type", "linear", "--depth-cm", "6", "--frequency-mhz",
                                           "7.5", "--gain-db", "-3", "--needle", "-0.21,-0.107,0.116:-0.142,-0.106,0.071",
                                           "--pathology", "bursitis,partial_tear", "--report", "needle"});
    const av::ViewerOptions& v = command.viewer;
    CHECK(v.ultrasoundOutput == "us.png");
    REQUIRE(v.probePoint);
    CHECK((*v.probePoint)[0] == doctest::Approx(-0.2));
    REQUIRE(v.probeAxis);
    CHECK((*v.probeAxis)[2] == 1);
    CHECK(v.probeType == av::ProbeType::Linear);
    CHECK(v.depthCm == 6);
    CHECK(v.frequencyMhz == 7.5);
    CHECK(v.gainDb == -3);
    REQUIRE(v.needleEntry);
    REQUIRE(v.needleTip);
    CHECK((*v.needleEntry)[2] == doctest::Approx(0.116));
    CHECK((*v.needleTip)[0] == doctest::Approx(-0.142));
    REQUIRE(v.pathology);
    CHECK(*v.pathology == av::PathologySet{av::Pathology::Bursitis, av::Pathology::PartialTear});
    CHECK(command.report == "needle");
    const auto presets = parseCommandLine({"--probe-preset", "ischial_tuberosity_transverse", "--needle-preset",
                                           "lateral_to_medial", "--report", "ultrasound"});
    CHECK(presets.viewer.probePreset == "ischial_tuberosity_transverse");
    CHECK(presets.viewer.needlePreset == "lateral_to_medial");
    CHECK_FALSE(presets.viewer.depthCm);  // unset: the preset's own
}

TEST_CASE("command line: bad ultrasound values get clear messages") {
    using av::CommandLineError;
    CHECK_THROWS_WITH_AS(parseCommandLine({"--probe-type", "linera"}), doctest::Contains("did you mean 'linear'"),
                         CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--depth-cm", "100"}), doctest::Contains("--depth-cm: expected 1..30 cm"),
                         CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--frequency-mhz", "0"}), doctest::Contains("--frequency-mhz"), CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--gain-db", "loud"}), doctest::Contains("--gain-db"), CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--probe", "1,2"}), doctest::Contains("X,Y,Z"), CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--probe", "1,2,3,4"}), doctest::Contains("X,Y,Z"), CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--probe", "a,b,c"}), doctest::Contains("X,Y,Z"), CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--probe-axis", "0,0,1"}), doctest::Contains("needs --probe"),
                         CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--probe", "0,0,0", "--probe-axis", "0,0,0"}), doctest::Contains("zero"),
                         CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--needle", "1,2,3"}), doctest::Contains("EX,EY,EZ:TX,TY,TZ"), CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--pathology", "bursits"}), doctest::Contains("did you mean 'bursitis'"),
                         CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--report", "ultrasond"}), doctest::Contains("did you mean 'ultrasound'"),
                         CommandLineError);
    CHECK_THROWS_WITH_AS(parseCommandLine({"--probe-preset", "x", "--probe", "0,0,0"}), doctest::Contains("not both"),
                         CommandLineError);
}
