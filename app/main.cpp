// anatomy-viewer: parses the command line, then answers a listing or report, renders headless, or opens
// the window. Everything else lives in the core, render, ui and platform libraries.
#include "core/annotations/annotation_set.h"
#include "core/annotations/content.h"
#include "core/atlas/atlas.h"
#include "core/atlas/structure_listing.h"
#include "core/command_line.h"
#include "core/motion/animations.h"
#include "core/motion/muscle_report.h"
#include "core/motion_listing.h"
#include "core/rehab/exercise_report.h"
#include "core/resources.h"
#include "core/scene/motion_state.h"
#include "core/export/scene_export.h"
#include "core/scene/scene_report.h"
#include "core/suggest.h"
#include "core/ultrasound/needle_report.h"
#include "core/ultrasound/ultrasound_report.h"
#include "platform/frame_export.h"
#include "platform/handout_export.h"
#include "platform/headless.h"
#include "platform/interactive.h"
#include "platform/ultrasound_output.h"

#include <future>
#include <iostream>
#include <memory>

namespace {

int usageError(const std::string& message) {
    std::cerr << "anatomy-viewer: " << message << '\n';
    return 2;
}

void warn(const std::vector<std::string>& warnings) {
    for (const auto& message : warnings) std::cerr << "warning: " << message << '\n';
}

// "" when the preset named by `option` exists (or none is named), else a message with a suggestion.
template <typename Presets>
std::string checkPreset(const Presets& presets, const std::string& id, const std::string& option) {
    if (id.empty() || presets.count(id)) return {};
    std::vector<std::string> ids;
    for (const auto& [known, preset] : presets) ids.push_back(known);
    std::string list;
    for (const auto& known : ids) list += (list.empty() ? "" : ", ") + known;
    return option + ": no preset \"" + id + "\"" + av::didYouMean(id, ids) + "; known: " + list;
}

// "" when every --annotation, --tour/--step and the presets name what exists, else a message with a suggestion.
std::string checkContentIds(const av::Content& content, const av::CommandLine& command) {
    const av::ViewerOptions& options = command.viewer;
    const av::InstrumentPresets& presets = content.instrumentPresets;
    if (auto message = checkPreset(presets.probes, options.probePreset, "--probe-preset"); !message.empty()) return message;
    if (auto message = checkPreset(presets.needles, options.needlePreset, "--needle-preset"); !message.empty())
        return message;
    for (const std::string& id : command.annotations)
        if (!content.annotations.find(id)) {
            std::vector<std::string> ids;
            for (const auto& item : av::annotationsToJson(content.annotations)) ids.push_back(item["id"]);
            return "--annotation: no explanation \"" + id + "\"" + av::didYouMean(id, ids) +
                   "; --list-annotations lists them";
        }
    if (options.tour.empty()) return {};
    std::vector<std::string> ids;
    for (const auto& tour : content.tours) {
        if (tour.id == options.tour)
            return options.step <= int(tour.steps.size())
                       ? std::string()
                       : "--step: tour \"" + tour.id + "\" has " + std::to_string(tour.steps.size()) + " steps";
        ids.push_back(tour.id);
    }
    return "--tour: no tour \"" + options.tour + "\"" + av::didYouMean(options.tour, ids) + "; --list-tours lists them";
}

// The atlas and the explanations, and what went wrong loading them.
struct Everything {
    av::Atlas atlas;
    av::Content content;
    av::Diagnostics diagnostics;
    bool atlasUsable = true;
};

// The structures the shipped explanations may name: those of the shipped atlas. Empty when it cannot be
// read; then a user's atlas gets a message for each structure of the explanations that it lacks.
av::IdSet shippedStructureIds() {
    av::IdSet ids;
    const auto shipped = av::defaultAtlasPath();
    if (!shipped) return ids;
    try {
        av::Diagnostics reportedWhenLoaded;
        for (const auto& spec : av::readManifest(*shipped, reportedWhenLoaded).structures) ids.insert(spec.id);
    } catch (const av::ManifestError&) {
    }
    return ids;
}

Everything loadEverything(const std::filesystem::path& manifest, bool lowDetail) {
    Everything everything;
    try {
        everything.atlas = av::loadAtlas(manifest, everything.diagnostics, lowDetail);
    } catch (const av::ManifestError& e) {
        everything.diagnostics.error(e.what());
        everything.atlasUsable = false;
    }
    av::IdSet structureIds;
    for (const auto& id : everything.atlas.ids()) structureIds.insert(id);
    // A user's atlas may lack structures the explanations name: what it lacks is left out quietly.
    everything.content = av::loadContentForAtlas(av::defaultAnnotationsFolder(), structureIds, shippedStructureIds(),
                                                 everything.diagnostics);
    return everything;
}

// Commands that need neither the atlas nor a display.
std::optional<int> answerWithoutAtlas(const av::CommandLine& command) {
    if (command.help) {
        std::cout << command.helpText;
        return 0;
    }
    if (command.version) {
        std::cout << "anatomy-viewer " << AV_VERSION << '\n';
        return 0;
    }
    if (command.listAnimations) {
        std::cout << (command.json ? av::listAnimationsJson().dump(2) + "\n" : av::listAnimationsText());
        return 0;
    }
    if (command.report == "muscles") {
        const av::ResolvedMotion resolved = av::resolveMotion(av::motionFromOptions(command.viewer));
        warn(resolved.warnings);
        const auto states = av::muscleStates(resolved.motion.pose, resolved.motion.activation);
        std::cout << (command.json ? av::musclesReportJson(states).dump(2) + "\n" : av::musclesReportText(states));
        return 0;
    }
    if (command.report == "exercises") {
        av::Diagnostics diagnostics;
        const av::RehabProgramme programme =
            av::loadRehabProgramme(av::defaultAnnotationsFolder() / "rehab.json", diagnostics);
        av::printDiagnostics(diagnostics);
        if (programme.empty()) return 1;
        std::cout << (command.json ? av::exercisesReportJson(programme).dump(2) + "\n"
                                   : av::exercisesReportText(programme));
        return 0;
    }
    return std::nullopt;
}

// What an ultrasound answer lacks, as a message; "" when it has what it needs.
std::string ultrasoundMissing(const av::ViewerModel& model, const av::Content& content, const std::string& what) {
    if (!model.state().instruments.probe)
        return what + " needs a probe: --probe-preset ID, --probe X,Y,Z, or a --tour step with one";
    if (!content.acousticMaterials) return what + ": the acoustic materials (data/ultrasound/materials.json) did not load";
    return {};
}

// --report scene | instruments | ultrasound | needle: the model set up from the options, as JSON on standard
// output.
int printSceneReport(const av::Atlas& atlas, const av::Content& content, const av::CommandLine& command) {
    av::ViewerModel model(atlas, content);
    const av::CameraRequest camera = av::applyStartOptions(model, command.viewer);
    const av::Lens lens{30.0, double(command.viewer.width) / command.viewer.height};
    nlohmann::json report;
    if (command.report == "scene") {
        report = av::sceneReportJson(model, camera, lens);
    } else if (command.report == "instruments") {
        report = av::instrumentsReportJson(model);
    } else if (command.report == "ultrasound") {
        if (auto message = ultrasoundMissing(model, content, "--report ultrasound"); !message.empty())
            return usageError(message);
        report = av::ultrasoundReportJson(*model.ultrasoundImage());
    } else {
        const av::NeedlePlan* plan = model.needlePlan();
        if (!plan) return usageError("--report needle needs a needle: --needle-preset ID, --needle EX,EY,EZ:TX,TY,TZ, "
                                     "or a --tour step with one");
        report = av::needleReportJson(*plan);
    }
    std::cout << report.dump(2) << '\n';
    return 0;
}

// --export-scene FILE.glb: the frame the options describe, at full detail, as glTF.
int exportScene(const av::Atlas& atlas, const av::Content& content, const av::CommandLine& command) {
    av::ViewerModel model(atlas, content);
    av::applyStartOptions(model, command.viewer);
    model.setLowDetail(false);
    try {
        const auto summary = av::exportSceneGlb(atlas, model.renderList(), command.exportScene);
        std::cerr << "wrote " << command.exportScene.string() << ": " << summary.nodes << " structures, "
                  << summary.materials << " materials, " << summary.triangles << " triangles\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
}

// --ultrasound-output FILE.png: the image alone, from the core's pixels.
int writeUltrasoundOutput(const av::Atlas& atlas, const av::Content& content, const av::ViewerOptions& options) {
    av::ViewerModel model(atlas, content);
    av::applyStartOptions(model, options);
    if (auto message = ultrasoundMissing(model, content, "--ultrasound-output"); !message.empty()) return usageError(message);
    try {
        av::writeUltrasoundPng(options.ultrasoundOutput, *model.ultrasoundImage());
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    av::CommandLine command;
    try {
        command = av::parseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const av::CommandLineError& e) {
        return usageError(e.what());
    }
    av::ViewerOptions& options = command.viewer;
    if (!options.animation.empty())
        if (const auto lookup = av::findAnimation(options.animation); !lookup.animation) return usageError(lookup.error);
    if (const auto answered = answerWithoutAtlas(command)) return *answered;

    if (!command.atlasGiven) {
        const auto shipped = av::defaultAtlasPath();
        if (!shipped) return usageError("the shipped atlas (meshes/atlas.json) was not found; give one with --atlas");
        options.atlas = *shipped;
    }
    // Meshes and texts load on other threads while this one sets up the window and GL for an image.
    const bool makesImages = !options.output.empty() || !command.exportFrames.empty() || !command.handout.empty() ||
                             command.report == "layout";
    const bool interactive = !makesImages && !command.listStructures && !command.listAnnotations && !command.listTours &&
                             command.report.empty() && command.exportScene.empty() && options.ultrasoundOutput.empty();
    // Low detail serves the interactive viewer on a software renderer, and whoever asks for it.
    const bool lowDetail = options.detail == av::Detail::Low || (interactive && options.detail == av::Detail::Auto);
    auto loading = std::async(std::launch::async, loadEverything, options.atlas, lowDetail);
    std::unique_ptr<av::GlSurface> surface;
    std::string surfaceError;
    if (makesImages) try {
            surface = av::makeHeadlessSurface(options);
        } catch (const std::exception& e) {
            surfaceError = e.what();
        }
    const Everything everything = loading.get();
    const av::Atlas& atlas = everything.atlas;
    const av::Content& content = everything.content;
    av::printDiagnostics(everything.diagnostics);
    if (!everything.atlasUsable && !interactive) return 1;
    if (auto message = checkContentIds(content, command); !message.empty()) return usageError(message);
    if (auto message = av::checkStructureIds(atlas, options.hide, "--hide"); !message.empty())
        return usageError(message);
    if (!options.select.empty())
        if (auto message = av::checkStructureIds(atlas, {options.select}, "--select"); !message.empty())
            return usageError(message);
    warn(av::resolveMotion(av::motionFromOptions(options)).warnings);

    if (command.listStructures) {
        std::cout << (command.json ? av::listStructuresJson(atlas).dump(2) + "\n" : av::listStructuresText(atlas));
        return 0;
    }
    if (command.listAnnotations || command.listTours) {
        const auto list = command.listAnnotations ? av::annotationsToJson(content.annotations) : av::toursToJson(content.tours);
        if (command.json) std::cout << list.dump(2) << '\n';
        else
            for (const auto& item : list) std::cout << item["id"].get<std::string>() << "  " << item["title"].get<std::string>() << '\n';
        return 0;
    }
    // The ultrasound image first: with a report or a 3D image asked too, each is written.
    if (!options.ultrasoundOutput.empty()) {
        const int code = writeUltrasoundOutput(atlas, content, options);
        if (code != 0 || (!makesImages && command.report.empty())) return code;
    }
    const av::Loaded loaded{atlas, content, everything.diagnostics};
    if (command.report == "layout") {
        if (!surface) return usageError("--report layout needs a display (" + surfaceError + "); use xvfb-run");
        return av::printLayoutReport(std::move(surface), loaded, options);
    }
    if (!command.report.empty()) return printSceneReport(atlas, content, command);
    if (!command.exportScene.empty()) {
        if (const int code = exportScene(atlas, content, command); code != 0 || !makesImages) return code;
    }
    if (interactive) return av::runInteractive(loaded, options);
    if (!surface) {
        std::cerr << "error: " << surfaceError << '\n';
        return 1;
    }
    if (!command.exportFrames.empty())
        return av::exportFrames(std::move(surface), loaded, options, command.exportFrames, command.fps);
    if (!command.handout.empty())
        return av::exportHandout(std::move(surface), loaded, options, {options.tour, command.annotations}, command.handout);
    return av::renderHeadless(std::move(surface), loaded, options);
}
