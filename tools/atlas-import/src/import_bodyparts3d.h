#pragma once
// Turns a folder of BodyParts3D part files (STL or OBJ, named by FMA id) into an atlas the viewer opens:
// OUT/atlas.json, the files copied into OUT/meshes/ (and decimated into OUT/meshes/low/), and
// OUT/ATTRIBUTION.md with the licence and credit. The files stay in the scan's millimetres and frame; the
// manifest's atlas-wide transform places them, fitted on the hip bone and femur of the reference atlas.
#include "core/atlas/manifest.h"
#include "core/diagnostics.h"

#include <filesystem>
#include <stdexcept>

namespace atlasimport {

// The import cannot be done; what() names the file or folder and what is wrong.
struct ImportError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct ImportOptions {
    std::filesystem::path source;     // the folder of BodyParts3D files
    std::filesystem::path out;        // created if needed
    std::filesystem::path reference;  // the reference atlas manifest (the default atlas's meshes/atlas.json)
};

struct ImportResult {
    av::Manifest manifest;        // as written to OUT/atlas.json
    std::size_t known = 0;        // files mapped to our ids
    std::size_t other = 0;        // files kept under their own name, grouped under "Other"
    double scale = 1;             // of the fitted similarity
    double boneDistanceMm = 0;    // mean surface distance of the placed hip bone and femur to the reference's
    std::size_t trianglesFull = 0, trianglesLow = 0;
};

// Broken files are reported in diagnostics (naming the file) and left out; the rest is imported. Throws
// ImportError when nothing can be imported: no mesh files, no usable hip bone or femur to place the scan
// by, a reference atlas without them, or an output that cannot be written.
ImportResult importBodyParts3d(const ImportOptions& options, av::Diagnostics& diagnostics);

}  // namespace atlasimport
