#pragma once
// The simulated B-mode image: scanlines cast from the probe through the posed full-detail meshes (after
// Bartha et al. 2013, the PLUS simulator, re-implemented from its description): each scanline is cut by
// every visible structure, the pieces are walked in depth order with each structure's acoustic material
// (reflection at interfaces from the impedances, two-way attenuation, backscatter with a texture and a
// speckle fixed to the body), then log-compressed with the user's gain and TGC. See docs/ultrasound.md.
// Atlas frame, metres, for geometry; millimetres in the image.
#include "core/instruments/instruments.h"
#include "core/pathology/pathology_overlay.h"
#include "core/scene/posed_scene.h"
#include "core/ultrasound/acoustic_materials.h"
#include "core/ultrasound/scan_geometry.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace av {

// A structure met by a scanline: from where it enters to where it leaves, as depths from the skin (mm,
// clipped to the image). A structure entered twice appears twice.
struct CentreLineSegment {
    std::string id;
    double startMm = 0;
    double endMm = 0;
};

struct UltrasoundImage {
    int columns = 0, rows = 0;
    double widthMm = 0, depthMm = 0;   // the image's extent: x -width/2 .. width/2, y 0 .. depth
    std::vector<std::uint8_t> pixels;  // grey, columns x rows, row-major; row 0 at the skin, column 0 at -axis
    std::vector<CentreLineSegment> centreLine;  // the central scanline's structures, nearest first

    std::uint8_t at(int column, int row) const { return pixels[std::size_t(row) * columns + column]; }
};

// What the image is made of. `visible`: one flag per atlas structure (hidden ones are left out of the
// image, as on screen); empty means every structure. `pathology` (optional) supplies changed meshes,
// material overrides and lesions; `needle` (optional) is drawn where it lies within the slice.
struct UltrasoundInput {
    const PosedScene& scene;
    const AcousticMaterials& materials;
    std::vector<bool> visible;
    const PathologyOverlay* pathology = nullptr;
    std::optional<Needle> needle;
};

// One image for the probe (position, normal, axis, tilt, footprint, type) and settings. Single thread;
// the BVHs of the posed scene are built on first use (PosedScene::bvh) and reused while the pose holds.
UltrasoundImage simulateBMode(const UltrasoundInput& input, const Probe& probe, const UltrasoundSettings& settings);

// The central scanline's structures (every visible structure with a mesh, regions and the skin included),
// nearest first, as depths from the skin along the central beam, clipped to 0 .. depth.
std::vector<CentreLineSegment> centreLine(const UltrasoundInput& input, const Probe& probe,
                                          const UltrasoundSettings& settings);

}  // namespace av
