#include "core/command_line.h"

#include "core/suggest.h"
#include "core/ultrasound/settings_limits.h"
#include "core/views.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <regex>
#include <sstream>

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

// "X,Y,Z": three finite numbers.
std::array<double, 3> parseTriple(const std::string& text, const std::string& option, const std::string& what) {
    static const std::regex pattern(R"(\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*)");
    std::vector<std::string> items;
    std::stringstream stream(text);
    for (std::string item; std::getline(stream, item, ',');) items.push_back(item);
    std::array<double, 3> out{};
    std::smatch match;
    for (std::size_t i = 0; i < 3; ++i) {
        if (items.size() != 3 || (!text.empty() && text.back() == ',') || !std::regex_match(items[i], match, pattern))
            throw CommandLineError(option + ": expected " + what + " as X,Y,Z (metres, atlas frame); got \"" + text + "\"");
        out[i] = std::stod(match[1].str());
    }
    return out;
}

// A number option given: within lo..hi, else a message naming the option, the range and the unit.
std::optional<double> numberIn(const CLI::App& app, const char* option, double value, double lo, double hi,
                               const char* unit) {
    if (!app.count(option)) return std::nullopt;
    if (!std::isfinite(value) || value < lo || value > hi) {
        char message[160];
        std::snprintf(message, sizeof message, "%s: expected %g..%g %s; got %g", option, lo, hi, unit, value);
        throw CommandLineError(message);
    }
    return value;
}

// The ultrasound's options (docs/ultrasound.md) into the viewer's.
struct UltrasoundArguments {
    std::string probe, probeAxis, probeType, needle, pathology;
    double depthCm = 0, frequencyMhz = 0, gainDb = 0;

    void add(CLI::App& app, ViewerOptions& viewer) {
        app.add_option("--ultrasound-output", viewer.ultrasoundOutput,
                       "Write the ultrasound image alone, for the probe placed, to this PNG and exit (no display needed)");
        app.add_option("--probe-preset", viewer.probePreset,
                       "Place the probe from a preset: ischial_tuberosity_transverse, ischial_tuberosity_longitudinal, ...");
        app.add_option("--probe", probe, "Place the probe at X,Y,Z (metres, atlas frame), projected onto the skin");
        app.add_option("--probe-axis", probeAxis, "With --probe: the image's in-plane direction X,Y,Z (default: head to foot)");
        app.add_option("--probe-type", probeType, "Probe: linear or curvilinear");
        app.add_option("--depth-cm", depthCm, "Imaging depth in cm");
        app.add_option("--frequency-mhz", frequencyMhz, "Probe frequency in MHz");
        app.add_option("--gain-db", gainDb, "Overall gain in dB");
        app.add_option("--needle-preset", viewer.needlePreset, "Place the needle from a preset: lateral_to_medial, ...");
        app.add_option("--needle", needle, "Place the needle: entry and tip EX,EY,EZ:TX,TY,TZ (metres, atlas frame)");
        app.add_option("--pathology", pathology, "Show pathology: bursitis, tendinopathy, partial_tear (ID[,ID])");
    }

    void apply(const CLI::App& app, ViewerOptions& viewer) const {
        const UltrasoundLimits& limits = kUltrasoundLimits;
        if (!viewer.probePreset.empty() && app.count("--probe"))
            throw CommandLineError("give --probe-preset or --probe, not both");
        if (app.count("--probe")) viewer.probePoint = parseTriple(probe, "--probe", "the probe's position");
        if (app.count("--probe-axis")) {
            if (!app.count("--probe")) throw CommandLineError("--probe-axis needs --probe X,Y,Z");
            viewer.probeAxis = parseTriple(probeAxis, "--probe-axis", "a direction");
            const auto& a = *viewer.probeAxis;
            if (a[0] == 0 && a[1] == 0 && a[2] == 0) throw CommandLineError("--probe-axis: the direction must not be zero");
        }
        if (app.count("--probe-type")) {
            viewer.probeType = parseProbeType(probeType);
            if (!viewer.probeType)
                throw CommandLineError("--probe-type: unknown type \"" + probeType + "\"" +
                                       didYouMean(probeType, {"linear", "curvilinear"}) + "; linear or curvilinear");
        }
        viewer.depthCm = numberIn(app, "--depth-cm", depthCm, limits.minDepthCm, limits.maxDepthCm, "cm");
        viewer.frequencyMhz =
            numberIn(app, "--frequency-mhz", frequencyMhz, limits.minFrequencyMhz, limits.maxFrequencyMhz, "MHz");
        viewer.gainDb = numberIn(app, "--gain-db", gainDb, -limits.maxGainDb, limits.maxGainDb, "dB");
        if (!viewer.needlePreset.empty() && app.count("--needle"))
            throw CommandLineError("give --needle-preset or --needle, not both");
        if (app.count("--needle")) {
            const auto colon = needle.find(':');
            if (colon == std::string::npos)
                throw CommandLineError("--needle: expected the entry and the tip as EX,EY,EZ:TX,TY,TZ; got \"" + needle + "\"");
            viewer.needleEntry = parseTriple(needle.substr(0, colon), "--needle", "the entry");
            viewer.needleTip = parseTriple(needle.substr(colon + 1), "--needle", "the tip");
        }
        if (app.count("--pathology")) {
            std::string error;
            viewer.pathology = parsePathologyList(pathology, "--pathology", error);
            if (!viewer.pathology) throw CommandLineError(error);
        }
    }
};

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
                   "Print a report for the options given and exit: muscles, scene, instruments, exercises, ultrasound, "
                   "needle (no display needed), layout (the window's panels after its first frames)");
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
    UltrasoundArguments ultrasound;
    ultrasound.add(app, viewer);

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
    const std::vector<std::string> reports = {"muscles", "scene", "instruments", "exercises", "ultrasound", "needle", "layout"};
    if (!result.report.empty() && std::find(reports.begin(), reports.end(), result.report) == reports.end())
        throw CommandLineError("--report: unknown report \"" + result.report + "\"" + didYouMean(result.report, reports) +
                               "; available: muscles, scene, instruments, exercises, ultrasound, needle, layout");
    if (!result.handout.empty()) {
        if (viewer.tour.empty() && result.annotations.empty())
            throw CommandLineError("--handout needs --tour ID or --annotation ID (which may be repeated)");
        if (!viewer.output.empty() || !result.exportFrames.empty() || !result.report.empty())
            throw CommandLineError("--handout writes a PDF on its own: not with --output, --export-frames or --report");
    }
    ultrasound.apply(app, viewer);
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
