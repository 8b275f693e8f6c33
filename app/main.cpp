// anatomy-viewer: parses the command line, loads the atlas, then lists, renders headless or opens the
// window. Everything else lives in the core, render, ui and platform libraries.
#include "core/atlas/atlas.h"
#include "core/atlas/structure_listing.h"
#include "core/command_line.h"
#include "core/resources.h"
#include "platform/headless.h"
#include "platform/interactive.h"

#include <iostream>

namespace {

int usageError(const std::string& message) {
    std::cerr << "anatomy-viewer: " << message << '\n';
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    av::CommandLine command;
    try {
        command = av::parseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const av::CommandLineError& e) {
        return usageError(e.what());
    }
    if (command.help) {
        std::cout << command.helpText;
        return 0;
    }
    if (command.version) {
        std::cout << "anatomy-viewer " << AV_VERSION << '\n';
        return 0;
    }
    av::ViewerOptions& options = command.viewer;
    if (!command.atlasGiven) {
        const auto shipped = av::defaultAtlasPath();
        if (!shipped) return usageError("the shipped atlas (meshes/atlas.json) was not found; give one with --atlas");
        options.atlas = *shipped;
    }

    av::Diagnostics diagnostics;
    av::Atlas atlas;
    bool atlasUsable = true;
    try {
        atlas = av::loadAtlas(options.atlas, diagnostics);
    } catch (const av::ManifestError& e) {
        diagnostics.error(e.what());
        atlasUsable = false;
    }
    av::printDiagnostics(diagnostics);
    const bool headless = command.listStructures || !options.output.empty();
    if (!atlasUsable && headless) return 1;

    if (auto message = av::checkStructureIds(atlas, options.hide, "--hide"); !message.empty())
        return usageError(message);
    if (!options.select.empty())
        if (auto message = av::checkStructureIds(atlas, {options.select}, "--select"); !message.empty())
            return usageError(message);
    if (command.listStructures) {
        if (command.json) std::cout << av::listStructuresJson(atlas).dump(2) << '\n';
        else std::cout << av::listStructuresText(atlas);
        return 0;
    }
    if (!options.output.empty()) return av::renderHeadless(atlas, diagnostics, options);
    return av::runInteractive(atlas, diagnostics, options);
}
