#pragma once
// The structures one image may show: every visible structure with an acoustic material whose bounds reach
// the image's slab, with what the scanline walk needs of each (its BVH, material, fibre field, lesions).
// Internal to the simulated ultrasound (core/ultrasound/bmode_image.h).
#include "core/ultrasound/bmode_image.h"
#include "core/ultrasound/tissue_texture.h"

#include <vector>

namespace av {

constexpr double kSearchBehindMm = 10;  // scanlines start this far behind the face (Bartha 2013)

// One structure the image may show, with what the walk needs of it.
struct Candidate {
    std::size_t index = 0;
    const TriangleBvh* bvh = nullptr;
    const AcousticMaterial* material = nullptr;
    bool skin = false;
    FibreField fibres;
    std::vector<const Lesion*> lesions;
};

// The candidates for an image of this geometry; the slab is the slice thickness either side of the plane.
std::vector<Candidate> scanCandidates(const UltrasoundInput& input, const ScanGeometry& geometry,
                                      const UltrasoundSettings& settings, double halfThicknessMm);

}  // namespace av
