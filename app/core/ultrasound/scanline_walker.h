#pragma once
// The walk along one scanline, sample by sample in depth order: interface echoes from the impedances (with
// the angle to the surface), volume echoes from each material's backscatter, texture and the body-fixed
// speckle, two-way attenuation, the needle's echo and its comet tail. Internal to the simulated ultrasound
// (core/ultrasound/bmode_image.h; the model in docs/ultrasound.md).
#include "core/ultrasound/needle_echo.h"
#include "core/ultrasound/scanline_labeller.h"
#include "core/ultrasound/tissue_texture.h"

#include <array>
#include <vector>

namespace av {

class ScanlineWalker {
public:
    static constexpr int kMaxPulseHalfWidth = 8;  // samples either side of an echo that its pulse may reach

    ScanlineWalker(const UltrasoundInput& input, const std::vector<Candidate>& candidates, const ScanGeometry& geometry,
                   const UltrasoundSettings& settings, int samples);

    // Fills echo (samples values) for the line: intensity relative to a perfect reflector at the face,
    // attenuated both ways.
    void walk(const std::vector<Segment>& segments, const Eigen::Vector3d& face, const Eigen::Vector3d& direction,
              const NeedleCrossing& needle, float* echo);

private:
    // The material at depth t (mm) of the line from `face` along `direction`.
    const AcousticMaterial* materialAt(const Segment& segment, double t, const Eigen::Vector3d& face,
                                       const Eigen::Vector3d& direction) const;
    FibreFrame frameFor(const Segment& segment, const Eigen::Vector3d& face, const Eigen::Vector3d& direction) const;
    void deposit(int k, double energy);

    const UltrasoundInput& input_;
    const std::vector<Candidate>& candidates_;
    int samples_;
    double depthMm_, frequency_;
    bool skinVisible_;
    const AcousticMaterial *background_, *outside_;
    double dermisMm_ = input_.materials.dermisMm();
    std::vector<double> echo_;
    std::array<double, 2 * kMaxPulseHalfWidth + 1> pulse_{};
    Eigen::Matrix3d speckleScale_;
    TextureSampler texture_;
    FibreFrame backgroundFrame_;
};

}  // namespace av
