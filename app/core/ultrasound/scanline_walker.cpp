#include "core/ultrasound/scanline_walker.h"

#include "core/ultrasound/echo_physics.h"

#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>

namespace av {
namespace {

constexpr double kDarkTransmission = 1e-16;  // two-way: 160 dB down, nothing left to show

}  // namespace

ScanlineWalker::ScanlineWalker(const UltrasoundInput& input, const std::vector<Candidate>& candidates, const ScanGeometry& geometry,
                               const UltrasoundSettings& settings, int samples)
    : input_(input), candidates_(candidates), samples_(samples), depthMm_(geometry.depthMm()),
      frequency_(std::max(settings.frequencyMhz, 0.1)), skinVisible_(false), echo_(samples + 2 * kMaxPulseHalfWidth) {
    for (const Candidate& c : candidates) skinVisible_ = skinVisible_ || c.skin;
    background_ = &input.materials.background();
    outside_ = &input.materials.outside();
    const double wavelengthM = kSoundSpeedMS / (frequency_ * 1e6);
    // Speckle grain: about a wavelength along the beam, longer across it (the beam is wider than the
    // pulse is long); both shrink as the frequency rises.
    speckleScale_.row(0) = geometry.lateral().transpose() / (2.5 * wavelengthM);
    speckleScale_.row(1) = geometry.down().transpose() / (1.2 * wavelengthM);
    speckleScale_.row(2) = geometry.elevation().transpose() / (2.5 * wavelengthM);
    // The pulse: an envelope about 1.5 wavelengths wide at half its height.
    const double sampleMm = depthMm_ / samples_;
    const double sigmaMm = 1.5 * wavelengthM * 1e3 / 2.355;
    for (int j = -kMaxPulseHalfWidth; j <= kMaxPulseHalfWidth; ++j)
        pulse_[j + kMaxPulseHalfWidth] = std::exp(-0.5 * std::pow(j * sampleMm / sigmaMm, 2));
    // Tissue in no structure (subcutaneous and intermuscular fat) has its septa in sheets across the
    // atlas X axis, parallel to the skin of the buttock and the back of the thigh, which face -X.
    backgroundFrame_ = fibreFrame(Eigen::Vector3d::UnitX());
}

void ScanlineWalker::walk(const std::vector<Segment>& segments, const Eigen::Vector3d& face, const Eigen::Vector3d& direction,
                          const NeedleCrossing& needle, float* echo) {
    std::fill(echo_.begin(), echo_.end(), 0.0);
    const double dz = depthMm_ / samples_;
    double transmission = 1;  // two-way, so far
    const AcousticMaterial* previous = skinVisible_ ? outside_ : background_;
    // What the current material does per sample, worked out when the material or segment changes.
    const AcousticMaterial* current = nullptr;
    double perSample = 1, backscatter = 0;
    float brightness = 0;
    std::size_t s = 0;
    int segmentShown = -1;
    FibreFrame frame = backgroundFrame_;
    // Lattice coordinates are linear along the line: origin + t * step (t in metres).
    const Eigen::Vector3d speckleOrigin = speckleScale_ * face, speckleStep = speckleScale_ * direction;
    Eigen::Vector3d textureOrigin = Eigen::Vector3d::Zero(), textureStep = Eigen::Vector3d::Zero();
    bool needleDone = !needle.present;
    // The last texture value worked out, for the sample after it (see below).
    int state = 0, evenSample = -1, evenState = -1;
    bool evenValid = false;
    float evenGain = 1;
    for (int k = 0; k < samples_ && transmission > kDarkTransmission; ++k) {
        const double t = (k + 0.5) * dz;
        bool crossedBoundary = false;
        while (s + 1 < segments.size() && segments[s].t1 <= t) {
            ++s;
            crossedBoundary = true;
        }
        const Segment& segment = segments[s];
        const AcousticMaterial* material = materialAt(segment, t, face, direction);
        const bool newSegment = int(s) != segmentShown;
        if (newSegment) {
            segmentShown = int(s);
            frame = frameFor(segment, face, direction);
        }
        if (material != previous) {
            const double r = reflection(*previous, *material);
            const Eigen::Vector3d normal =
                crossedBoundary && segment.normal.squaredNorm() > 0 ? segment.normal : Eigen::Vector3d(-direction);
            const AcousticMaterial& surface = material->priority >= previous->priority ? *material : *previous;
            deposit(k, r * angleFactor(surface, normal.dot(direction)) * transmission);
            transmission *= (1 - r) * (1 - r);
            previous = material;
        }
        if (material != current || newSegment) {
            current = material;
            ++state;
            perSample = std::pow(10.0, -2 * material->attenuationDbCmMhz * frequency_ * dz / 100.0);
            backscatter = fromDecibels(material->backscatterDb);
            brightness = float(textureBrightness(*material));
            const Eigen::Matrix3d lattice = textureLattice(*material, frame);
            textureOrigin = lattice * face;
            textureStep = lattice * direction;
            if (material->texture == TissueTexture::Fibrillar) {
                // Anisotropy: the fibrils echo back only when the beam meets them square on.
                const double sine = std::clamp(std::abs(direction.dot(frame.along)), 0.0, 1.0);
                backscatter *= angleFactor(*material, std::sqrt(1 - sine * sine));
            }
        }
        if (!needleDone && needle.depthMm <= t + dz / 2) {
            needleDone = true;
            const double r = reflection(*material, input_.materials.needle()) * needle.strength;
            // The echo, then reverberations inside the shaft fading behind it (a short comet tail).
            for (int m = 0; m < 4; ++m)
                deposit(std::min(samples_ - 1, k + int(std::lround(m * 0.8 / dz))), r * transmission * std::pow(0.35, m));
            transmission *= 1 - 0.6 * needle.strength;
        }
        if (material->backscatterDb > -80) {
            float gain = 1;
            if (material->texture != TissueTexture::Speckle) {
                // Textures are smooth on the scale of two samples: each odd sample takes the mean of its
                // neighbours when both lie in the same piece (half the noise evaluations).
                auto textureAt = [&](double tMm) {
                    return texture_.gain(*material, textureOrigin + textureStep * (tMm * 1e-3), brightness);
                };
                const double next = t + dz;
                if (k % 2 == 1 && evenValid && evenSample == k - 1 && evenState == state && k + 1 < samples_ &&
                    next < segment.t1 && materialAt(segment, next, face, direction) == material) {
                    const float after = textureAt(next);
                    gain = 0.5f * (evenGain + after);
                    evenGain = after;
                    evenSample = k + 1;
                } else {
                    gain = evenValid && evenSample == k && evenState == state ? evenGain : textureAt(t);
                    evenValid = true;
                    evenGain = gain;
                    evenSample = k;
                    evenState = state;
                }
            }
            echo_[k + kMaxPulseHalfWidth] +=
                backscatter * gain * texture_.speckle(speckleOrigin + speckleStep * (t * 1e-3)) * transmission;
        }
        transmission *= perSample;
    }
    for (int k = 0; k < samples_; ++k) echo[k] = float(echo_[k + kMaxPulseHalfWidth]);
}

const AcousticMaterial* ScanlineWalker::materialAt(const Segment& segment, double t, const Eigen::Vector3d& face,
                                                   const Eigen::Vector3d& direction) const {
    if (segment.slot < 0) return skinVisible_ ? outside_ : background_;
    const Candidate& candidate = candidates_[segment.slot];
    if (candidate.skin)
        return t - segment.skinEntry < dermisMm_ ? candidate.material : background_;
    for (const Lesion* lesion : candidate.lesions)
        if (lesion->contains(face + direction * (t * 1e-3))) return input_.materials.named(lesion->material);
    return candidate.material;
}

FibreFrame ScanlineWalker::frameFor(const Segment& segment, const Eigen::Vector3d& face, const Eigen::Vector3d& direction) const {
    if (segment.slot < 0 || candidates_[segment.slot].fibres.empty()) return backgroundFrame_;
    const double middle = (segment.t0 + segment.t1) / 2 * 1e-3;
    return fibreFrame(candidates_[segment.slot].fibres.direction(face + direction * middle));
}

void ScanlineWalker::deposit(int k, double energy) {
    for (int j = -kMaxPulseHalfWidth; j <= kMaxPulseHalfWidth; ++j)
        echo_[k + j + kMaxPulseHalfWidth] += energy * pulse_[j + kMaxPulseHalfWidth];
}

}  // namespace av
