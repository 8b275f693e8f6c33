#include "core/command_line.h"

#include "core/suggest.h"
#include "core/views.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <regex>

namespace av {
namespace {

void parseResolution(const std::string& text, ViewerOptions& options) {
    static const std::regex pattern(R"((\d{1,5})\s*[,x]\s*(\d{1,5}))");
    std::smatch match;
    if (!std::regex_match(text, match, pattern))
        throw CommandLineError("--resolution: expected W,H (e.g. 1280,800); got \"" + text + "\"");
    options.width = std::stoi(match[1].str());
    options.height = std::stoi(match[2].str());
    if (options.width < 16 || options.height < 16 || options.width > 16384 || options.height > 16384)
        throw CommandLineError("--resolution: each side must be 16..16384 pixels; got \"" + text + "\"");
}

// Long option names of the app, for "did you mean" on an unknown one.
std::vector<std::string> optionNames(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::Option* option : app.get_options())
        for (const auto& name : option->get_lnames()) names.push_back("--" + name);
    return names;
}

}  // namespace

CommandLine parseCommandLine(const std::vector<std::string>& arguments) {
    CommandLine result;
    ViewerOptions& viewer = result.viewer;
    CLI::App app("Anatomy Viewer: the posterior hip and thigh, the hamstrings and their tendon origin.",
                 "anatomy-viewer");
    app.set_help_flag("");  // ours: --help must print and exit 0 without CLI11's exception flow
    app.add_flag("-h,--help", result.help, "Print this help and exit");
    app.add_flag("--version", result.version, "Print the version and exit");
    app.add_option("--atlas", viewer.atlas, "Atlas manifest to load (default: the shipped atlas)");
    app.add_option("--output", viewer.output, "Render one frame offscreen to this PNG file and exit");
    std::string resolution;
    app.add_option("--resolution", resolution, "Image or window size as W,H (default 1280,800)");
    app.add_option("--view", viewer.view, "Preset view: anterior, posterior, lateral, medial, superior, inferior")
        ->capture_default_str();
    app.add_option("--select", viewer.select, "Select (highlight) a structure by id");
    app.add_option("--hide", viewer.hide, "Hide structures: ID[,ID...]")->delimiter(',');
    app.add_flag("--ui", viewer.ui, "With --output: include the panels in the image");
    app.add_flag("--presenter", viewer.presenter,
                 "Presenter mode: the 3D view full-window with the tour text as a large caption (F11 switches)");
    std::string detail = "auto";
    app.add_option("--detail", detail, "Mesh detail: auto (low on a software renderer), full, low")
        ->capture_default_str();
    app.add_option("--benchmark-frames", viewer.benchmarkFrames,
                   "Open the window, draw this many frames back to back, print the median frame time and exit");
    app.add_option("--hip-flexion", viewer.pose.hip_flexion_deg, "Hip flexion in degrees (negative: extension)");
    app.add_option("--hip-adduction", viewer.pose.hip_adduction_deg, "Hip adduction in degrees (negative: abduction)");
    app.add_option("--hip-rotation", viewer.pose.hip_rotation_deg, "Hip internal rotation in degrees (negative: external)");
    app.add_option("--knee-flexion", viewer.pose.knee_flexion_deg, "Knee flexion in degrees (0 = straight)");
    app.add_option("--activation", viewer.activation, "Hamstring activation 0..1");
    app.add_option("--animation", viewer.animation, "Animation id (see --list-animations)");
    app.add_option("--time", viewer.time, "Seconds into the animation");
    bool strainOn = false, strainOff = false;
    app.add_flag("--strain", strainOn, "Colour tendons and muscles by tendon strain");
    app.add_flag("--no-strain", strainOff, "No strain colours");
    app.add_option("--report", result.report,
                   "Print a report for the options given and exit: muscles, scene, instruments, exercises (no display "
                   "needed), layout (the window's panels after its first frames)");
    app.add_option("--export-scene", result.exportScene,
                   "Write the posed, visible structures (pose, --animation/--time, --tour/--step, strain colours) as "
                   "one glTF 2.0 binary (.glb), no display needed");
    app.add_option("--export-frames", result.exportFrames, "Write the frames of --animation as PNGs into this folder");
    app.add_option("--fps", result.fps, "Frames per second for --export-frames")->capture_default_str();
    app.add_option("--annotation", result.annotations,
                   "Open an explanation by id (see --list-annotations); may be repeated for --handout, and the viewer "
                   "opens the first")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--handout", result.handout,
                   "Write a patient handout (A4 PDF) of --tour ID or of each --annotation ID, with the exercise "
                   "stages and injection aftercare, and exit");
    app.add_option("--tour", viewer.tour, "Run a tour by id (see --list-tours)");
    app.add_option("--step", viewer.step, "Tour step, counted from 1")->capture_default_str();
    app.add_flag("--xray", viewer.xray, "See through everything but the selection and highlighted structures");
    app.add_flag("--labels", viewer.labels, "Label the structures on show");
    app.add_flag("--list-animations", result.listAnimations, "List the animations and exit");
    app.add_flag("--list-annotations", result.listAnnotations, "List the explanations and exit");
    app.add_flag("--list-tours", result.listTours, "List the tours and exit");
    app.add_flag("--list-structures", result.listStructures, "List the atlas' structures and exit");
    app.add_flag("--json", result.json, "With --list-...: print one JSON document on standard output");

    const auto known = optionNames(app);
    for (const auto& argument : arguments) {
        if (argument.rfind("--", 0) != 0) continue;
        const std::string name = argument.substr(0, argument.find('='));
        if (std::find(known.begin(), known.end(), name) == known.end())
            throw CommandLineError("unknown option '" + name + "'" + didYouMean(name, known) + "; see --help");
    }
    std::vector<std::string> reversed(arguments.rbegin(), arguments.rend());
    try {
        app.parse(reversed);
    } catch (const CLI::ExtrasError& e) {
        throw CommandLineError(std::string(e.what()) + "; see --help");
    } catch (const CLI::ParseError& e) {
        throw CommandLineError(e.what());
    }
    result.helpText = app.help();
    if (!result.annotations.empty()) viewer.annotation = result.annotations.front();
    result.atlasGiven = !viewer.atlas.empty();
    if (!resolution.empty()) parseResolution(resolution, viewer);
    if (!findViewPreset(viewer.view))
        throw CommandLineError("--view: unknown view \"" + viewer.view + "\"" + didYouMean(viewer.view, viewPresetNames()) +
                               "; one of anterior, posterior, lateral, medial, superior, inferior");
    if (detail == "auto") viewer.detail = Detail::Auto;
    else if (detail == "full") viewer.detail = Detail::Full;
    else if (detail == "low") viewer.detail = Detail::Low;
    else throw CommandLineError("--detail: expected auto, full or low; got \"" + detail + "\"");
    if (result.report == "layout") viewer.ui = true;  // the layout is the panels'
    if (viewer.ui && viewer.output.empty() && result.exportFrames.empty() && result.report != "layout")
        throw CommandLineError("--ui only applies with --output or --export-frames");
    for (const char* motion : {"--hip-flexion", "--hip-adduction", "--hip-rotation", "--knee-flexion", "--activation",
                               "--animation", "--time"})
        viewer.motionGiven = viewer.motionGiven || app.count(motion) > 0;
    if (strainOn && strainOff) throw CommandLineError("--strain and --no-strain contradict each other");
    if (strainOn || strainOff) viewer.strain = strainOn;
    const std::vector<std::string> reports = {"muscles", "scene", "instruments", "exercises", "layout"};
    if (!result.report.empty() && std::find(reports.begin(), reports.end(), result.report) == reports.end())
        throw CommandLineError("--report: unknown report \"" + result.report + "\"" + didYouMean(result.report, reports) +
                               "; available: muscles, scene, instruments, exercises, layout");
    if (!result.handout.empty()) {
        if (viewer.tour.empty() && result.annotations.empty())
            throw CommandLineError("--handout needs --tour ID or --annotation ID (which may be repeated)");
        if (!viewer.output.empty() || !result.exportFrames.empty() || !result.report.empty())
            throw CommandLineError("--handout writes a PDF on its own: not with --output, --export-frames or --report");
    }
    if (!result.exportFrames.empty() && viewer.animation.empty())
        throw CommandLineError("--export-frames needs --animation ID");
    if (viewer.benchmarkFrames < 0) throw CommandLineError("--benchmark-frames: expected a count of frames");
    if (result.fps < 1 || result.fps > 120) throw CommandLineError("--fps: expected 1..120");
    if (app.count("--step") && viewer.tour.empty()) throw CommandLineError("--step needs --tour ID");
    if (viewer.step < 1) throw CommandLineError("--step: steps count from 1");
    if (!std::isfinite(viewer.activation) || viewer.activation < 0 || viewer.activation > 1)
        throw CommandLineError("--activation: expected a number in 0..1");
    return result;
}

}  // namespace av
