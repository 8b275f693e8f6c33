// atlas-import: turns a folder of scanned-atlas files a user downloaded into an atlas the viewer opens.
//   atlas-import bodyparts3d SRC_DIR OUT_DIR [--reference ATLAS_JSON]
// Exit status: 0 imported; 1 imported with files left out, or nothing could be imported; 2 usage error.
#include "import_bodyparts3d.h"

#include "core/diagnostics.h"
#include "core/resources.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

namespace {

int usageError(const std::string& message) {
    std::cerr << "atlas-import: " << message << "\n(atlas-import --help shows the usage)\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app("Imports a scanned atlas into an Anatomy Viewer atlas (OUT_DIR/atlas.json).", "atlas-import");
    app.require_subcommand(1);
    atlasimport::ImportOptions options;
    CLI::App* bodyParts = app.add_subcommand(
        "bodyparts3d", "BodyParts3D part files (*.stl or *.obj named by FMA id, millimetres, whole-body frame)");
    bodyParts->add_option("SRC_DIR", options.source, "The folder of BodyParts3D files you downloaded")->required();
    bodyParts->add_option("OUT_DIR", options.out, "Where to write atlas.json, the meshes and ATTRIBUTION.md")
        ->required();
    bodyParts->add_option("--reference", options.reference,
                          "The atlas to place the scan by: its pelvis and femur (default: the shipped meshes/atlas.json)");
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        return usageError(e.what());
    }

    if (!std::filesystem::is_directory(options.source))
        return usageError(options.source.string() + ": no such folder (SRC_DIR must be the folder of BodyParts3D files)");
    if (options.reference.empty()) {
        const auto shipped = av::defaultAtlasPath();
        if (!shipped) return usageError("the default atlas (meshes/atlas.json) was not found; give one with --reference");
        options.reference = *shipped;
    }
    av::Diagnostics diagnostics;
    try {
        const auto result = atlasimport::importBodyParts3d(options, diagnostics);
        av::printDiagnostics(diagnostics);
        std::printf("imported %zu structures (%zu known, %zu under \"Other\") into %s\n", result.known + result.other,
                    result.known, result.other, (options.out / "atlas.json").string().c_str());
        std::printf("placed by the hip bone and femur: scale %.4f, mean distance to the reference bones %.1f mm\n",
                    result.scale, result.boneDistanceMm);
        std::printf("triangles: %zu full detail, %zu low detail\n", result.trianglesFull, result.trianglesLow);
        std::printf("open it with: anatomy-viewer --atlas %s\n", (options.out / "atlas.json").string().c_str());
        return diagnostics.errors.empty() ? 0 : 1;
    } catch (const atlasimport::ImportError& e) {
        av::printDiagnostics(diagnostics);
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
}
