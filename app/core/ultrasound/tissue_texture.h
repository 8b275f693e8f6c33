#pragma once
// The fine structure of the simulated image, as functions of the WORLD position (atlas frame, metres), so
// that speckle, septa, fibrils and fascicles stay on the body while the probe slides over it. Hash-based
// lattice noise written for this project. A scanline walks through the lattice a few samples per cell, so
// the sampler keeps the corners of the last cell it used (the walk is what has to be fast).
#include "core/mesh.h"
#include "core/ultrasound/acoustic_materials.h"

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <vector>

namespace av {

// The local fibre direction of an elongated structure (muscle, tendon, nerve): the centroids of its
// vertices in slabs along its principal axis, joined into a polyline. Good for bellies, tendons and
// nerves that bend gently; a structure with no clear long axis gets its principal axis everywhere.
class FibreField {
public:
    FibreField() = default;
    explicit FibreField(const std::vector<Vec3f>& positions);

    // Unit fibre direction near p (metres, atlas frame).
    Eigen::Vector3d direction(const Eigen::Vector3d& p) const;
    bool empty() const { return tangents_.empty(); }

private:
    Eigen::Vector3d centroid_ = Eigen::Vector3d::Zero(), axis_ = Eigen::Vector3d::UnitY();
    double start_ = 0, step_ = 1;           // slab positions along the axis (metres)
    std::vector<Eigen::Vector3d> tangents_;  // one per slab
};

// A frame about a unit fibre direction (the two across-fibre axes follow from it deterministically, so the
// same fibre gives the same pattern wherever it is asked for).
struct FibreFrame {
    Eigen::Vector3d across1, across2, along;
};
FibreFrame fibreFrame(const Eigen::Vector3d& fibre);

// How much brighter than the base a material's septa / fibrils / epineurium are: a linear factor - 1.
double textureBrightness(const AcousticMaterial& material);

// The matrix that takes a world position (metres) to a material's texture lattice: the fibre frame
// scaled so the pattern repeats every texture_scale_mm across the fibres and stretch times that along them.
Eigen::Matrix3d textureLattice(const AcousticMaterial& material, const FibreFrame& frame);

class TextureSampler {
public:
    // Fully developed speckle at a point given in lattice units (the world position divided by the grain
    // along each axis: first across the beam, second along it, third across the slice; the caller scales
    // it along the probe's axes, so the grain is longer across the beam than along it: a sliding probe
    // keeps the same speckle on the body, a turning one decorrelates it, as a real one does).
    // |complex Gaussian|^2 from random phasors at the lattice corners, renormalised so its statistics do
    // not depend on where in a cell the point falls: exponential, mean 1. Read from a pre-sampled tile.
    float speckle(const Eigen::Vector3d& lattice);

    // The multiplier of a material's base backscatter from its texture (septa, fibrils, fascicles) at a
    // point given in its texture lattice (textureLattice * world position); 1 for speckle-only materials.
    // brightness: textureBrightness(material).
    float gain(const AcousticMaterial& material, const Eigen::Vector3d& lattice, float brightness);

private:
    // The corners of the last lattice cell the gradient noise used.
    struct Cell {
        bool valid = false;
        std::int32_t x = 0, y = 0, z = 0;
        std::uint32_t seed = 0;
        std::array<std::uint8_t, 8> gradient{};  // one of 12 gradient directions per corner
        std::array<float, 8> level{};            // and a random level in [0, 1]
    };
    // Gradient noise at q (about -1..1, zero on the lattice); `patch`, when given, receives a smooth random
    // level in [0, 1] from the same corners.
    float gradientNoise(const Eigen::Vector3d& q, std::uint32_t seed, float* patch);
    float nearestFeature(double u, double v, std::uint32_t seed);

    Cell textureCell_;
    struct FeatureCell {
        bool valid = false;
        std::int32_t u = 0, v = 0;
        std::uint32_t seed = 0;
        std::array<float, 18> points{};
    } featureCell_;
};

}  // namespace av
