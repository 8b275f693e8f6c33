#include "core/ultrasound/bmode_image.h"

#include "core/ultrasound/structure_geometry.h"
#include "core/ultrasound/tissue_texture.h"

#include <Eigen/Geometry>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <map>

namespace av {
namespace {

constexpr double kSearchBehindMm = 10;   // scanlines start this far behind the face (Bartha 2013)
constexpr double kDarkTransmission = 1e-16;  // two-way: 160 dB down, nothing left to show
constexpr double kSoundSpeedMS = 1540;   // the scanner's assumed speed (for wavelength, not for range)
constexpr int kMaxPulseHalfWidth = 8;    // samples either side of an echo that its pulse may reach

// One structure the image may show, with what the walk needs of it.
struct Candidate {
    std::size_t index = 0;
    const TriangleBvh* bvh = nullptr;
    const AcousticMaterial* material = nullptr;
    bool skin = false;
    FibreField fibres;
    std::vector<const Lesion*> lesions;
};

// A piece of a scanline with one label: the highest-priority structure inside which it lies.
struct Segment {
    double t0 = 0, t1 = 0;  // depth from the face, mm
    int slot = -1;          // candidate, or -1: in none
    Eigen::Vector3d normal = Eigen::Vector3d::Zero();  // interface normal where it starts (zero: unknown)
    double skinEntry = 0;   // for the skin: where this stretch of it was entered (mm)
};

struct Event {
    double t;  // mm from the face
    int slot;
    int step;  // +1 enter, -1 leave
    Eigen::Vector3d normal;
};

inline double fromDecibels(double db) { return std::pow(10.0, db / 10.0); }

// 10 log10(x) for x > 0 to within 0.01 dB: the exponent from the float's bits, the mantissa's logarithm
// from a short polynomial (the display needs no more, and a log per sample is a real share of the time).
inline float decibelsOf(float x) {
    std::uint32_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    const float exponent = float(int((bits >> 23) & 0xff) - 127);
    bits = (bits & 0x007fffffu) | 0x3f800000u;  // mantissa in [1, 2)
    float m;
    std::memcpy(&m, &bits, sizeof m);
    // log2(m) on [1, 2): a least-squares cubic, error below 0.0014 (0.004 dB).
    const float log2m = -2.1338866f + (3.0108510f + (-1.0295584f + 0.15392465f * m) * m) * m;
    return 3.0103f * (exponent + log2m);
}

double reflection(const AcousticMaterial& a, const AcousticMaterial& b) {
    const double za = a.impedanceMRayl(), zb = b.impedanceMRayl();
    const double r = (za - zb) / (za + zb);
    return r * r;
}

// Share of a mirror-like echo that comes back: a diffuse part (Lambert) and a specular lobe of the
// material's width. cosine: between the beam and the surface normal.
double angleFactor(const AcousticMaterial& material, double cosine) {
    cosine = std::clamp(std::abs(cosine), 0.0, 1.0);
    const double angleDeg = std::acos(cosine) * 180.0 / M_PI;
    const double lobe = angleDeg / material.specularLobeDeg;
    return (1 - material.specularFraction) * cosine + material.specularFraction * std::exp(-lobe * lobe);
}

// Does the box (min, max) come within reach of the image: its projection on each axis of the image's
// box (plane axes) and on the world axes overlaps the image's. Conservative.
bool boxNearImage(const Eigen::Vector3d& lo, const Eigen::Vector3d& hi, const ScanGeometry& geometry,
                  double topMm, double bottomMm, double halfThicknessMm) {
    const Eigen::Vector3d centre = (lo + hi) / 2, half = (hi - lo) / 2;
    const Eigen::Vector3d imageCentre = geometry.toWorld(0, (topMm + bottomMm) / 2);
    const std::array<Eigen::Vector3d, 3> axes{geometry.lateral(), geometry.down(), geometry.elevation()};
    const std::array<double, 3> extents{geometry.widthMm() / 2 * 1e-3, (bottomMm - topMm) / 2 * 1e-3,
                                        halfThicknessMm * 1e-3};
    for (int k = 0; k < 3; ++k) {
        const double boxReach = std::abs(axes[k].x()) * half.x() + std::abs(axes[k].y()) * half.y() +
                                std::abs(axes[k].z()) * half.z();
        if (std::abs((centre - imageCentre).dot(axes[k])) > boxReach + extents[k]) return false;
    }
    for (int w = 0; w < 3; ++w) {
        double imageReach = 0;
        for (int k = 0; k < 3; ++k) imageReach += std::abs(axes[k][w]) * extents[k];
        if (std::abs(centre[w] - imageCentre[w]) > half[w] + imageReach) return false;
    }
    return true;
}

// A structure's fibre field, worked out once per mesh as posed and kept while its positions stay the same
// (checked by comparing them, which is much cheaper than the principal axes): the image follows a moving
// probe many times a second while the pose stays.
const FibreField& fibreField(const Mesh& mesh) {
    thread_local std::map<std::pair<const void*, std::size_t>, std::pair<std::vector<Vec3f>, FibreField>> cache;
    const auto key = std::make_pair(static_cast<const void*>(&mesh), mesh.positions.size());
    auto it = cache.find(key);
    if (it == cache.end() || it->second.first != mesh.positions) {
        if (cache.size() > 256) cache.clear();
        it = cache.insert_or_assign(key, std::make_pair(mesh.positions, FibreField(mesh.positions))).first;
    }
    return it->second.second;
}

std::vector<Candidate> candidates(const UltrasoundInput& input, const ScanGeometry& geometry,
                                  const UltrasoundSettings& settings, double halfThicknessMm) {
    const Atlas& atlas = input.scene.atlas();
    std::vector<Candidate> out;
    const double top = -kSearchBehindMm - settings.curvilinearRadiusMm;
    for (std::size_t i = 0; i < atlas.structures().size(); ++i) {
        const Structure& structure = atlas.structures()[i];
        if (structure.spec.isGroup() || structure.mesh.triangles.empty()) continue;
        if (!input.visible.empty() && (i >= input.visible.size() || !input.visible[i])) continue;
        const AcousticMaterial* material = input.materials.forStructure(structure.spec);
        if (input.pathology)
            if (const std::string name = input.pathology->material(structure.spec.id); !name.empty())
                if (const AcousticMaterial* changed = input.materials.named(name)) material = changed;
        if (!material) continue;  // acoustically transparent (a region of a bone's surface)
        const TriangleBvh& bvh = structureBvh(input.scene, input.pathology, i);
        if (bvh.empty() || !boxNearImage(bvh.boundsMin(), bvh.boundsMax(), geometry, top, geometry.depthMm(),
                                         halfThicknessMm))
            continue;
        Candidate candidate;
        candidate.index = i;
        candidate.bvh = &bvh;
        candidate.material = material;
        candidate.skin = structure.spec.kind == StructureKind::Skin;
        if (material->texture != TissueTexture::Speckle)
            candidate.fibres = fibreField(structureMesh(input.scene, input.pathology, i));
        out.push_back(std::move(candidate));
    }
    if (input.pathology)
        for (const Lesion& lesion : input.pathology->lesions())
            for (Candidate& candidate : out)
                if (atlas.structures()[candidate.index].spec.id == lesion.structure &&
                    input.materials.named(lesion.material))
                    candidate.lesions.push_back(&lesion);
    return out;
}

// Cuts one line by every candidate and labels its pieces from the face (0) to depthMm: where meshes
// overlap, the higher priority wins (a bursa in a muscle, a nerve in fat).
class LineLabeller {
public:
    explicit LineLabeller(const std::vector<Candidate>& candidates) : candidates_(candidates), active_(candidates.size()) {}

    const std::vector<Segment>& label(const Eigen::Vector3d& face, const Eigen::Vector3d& direction, double depthMm) {
        events_.clear();
        const Eigen::Vector3d start = face - direction * (kSearchBehindMm * 1e-3);
        const double maxT = (depthMm + kSearchBehindMm) * 1e-3;
        for (std::size_t slot = 0; slot < candidates_.size(); ++slot) {
            insideStretches(*candidates_[slot].bvh, start, direction, maxT, hits_, stretches_);
            for (const Inside& inside : stretches_) {
                const double tIn = inside.tIn * 1e3 - kSearchBehindMm, tOut = inside.tOut * 1e3 - kSearchBehindMm;
                if (tOut <= 0 && inside.tOut < maxT) continue;
                events_.push_back({tIn, int(slot), +1, inside.enterNormal});
                events_.push_back({tOut, int(slot), -1, inside.leaveNormal});
            }
        }
        std::sort(events_.begin(), events_.end(), [](const Event& a, const Event& b) { return a.t < b.t; });
        std::fill(active_.begin(), active_.end(), 0);
        segments_.clear();
        std::size_t e = 0;
        double skinEntry = 0;
        for (; e < events_.size() && events_[e].t <= 0; ++e) apply(events_[e], skinEntry);
        Segment current;
        current.slot = winner();
        current.skinEntry = skinEntry;
        while (e < events_.size() && events_[e].t < depthMm) {
            const double t = events_[e].t;
            Eigen::Vector3d normal = Eigen::Vector3d::Zero();
            const int before = current.slot;
            int normalPriority = -1;
            for (; e < events_.size() && events_[e].t == t; ++e) {
                apply(events_[e], skinEntry);
                const int priority = candidates_[events_[e].slot].material->priority;
                if (priority > normalPriority && events_[e].normal.squaredNorm() > 0) {
                    normal = events_[e].normal;
                    normalPriority = priority;
                }
            }
            const int after = winner();
            const bool skinEntered = after >= 0 && candidates_[after].skin && skinEntry != current.skinEntry;
            if (after == before && !skinEntered) continue;
            current.t1 = t;
            segments_.push_back(current);
            current = Segment{};
            current.t0 = t;
            current.slot = after;
            current.normal = normal;
            current.skinEntry = skinEntry;
        }
        current.t1 = depthMm;
        segments_.push_back(current);
        return segments_;
    }

private:
    void apply(const Event& event, double& skinEntry) {
        active_[event.slot] += event.step;
        if (event.step > 0 && candidates_[event.slot].skin && active_[event.slot] == 1) skinEntry = event.t;
    }
    int winner() const {
        int best = -1;
        for (std::size_t slot = 0; slot < active_.size(); ++slot)
            if (active_[slot] > 0 && (best < 0 || candidates_[slot].material->priority >= candidates_[best].material->priority))
                best = int(slot);
        return best;
    }

    const std::vector<Candidate>& candidates_;
    std::vector<int> active_;
    std::vector<Event> events_;
    std::vector<RayHit> hits_;
    std::vector<Inside> stretches_;
    std::vector<Segment> segments_;
};

// Where the needle crosses one scanline, and how strongly it shows there.
struct NeedleCrossing {
    bool present = false;
    double depthMm = 0;
    double strength = 0;  // 0..1: angle of incidence and distance from the slice's centre
};

NeedleCrossing needleCrossing(const Needle& needle, const Eigen::Vector3d& face, const Eigen::Vector3d& direction,
                              const Eigen::Vector3d& elevation, double depthMm, double halfThicknessMm,
                              const AcousticMaterial& steel) {
    NeedleCrossing out;
    const Eigen::Vector3d across = direction.cross(elevation).normalized();  // in the plane, across this line
    const double xa = (needle.entry - face).dot(across), xb = (needle.tip - face).dot(across);
    // A needle along the beam sends its echo away from the probe: nothing to draw.
    if ((xa > 0) == (xb > 0) || std::abs(xa - xb) < 1e-9) return out;
    const double s = xa / (xa - xb);
    const Eigen::Vector3d at = needle.entry + s * (needle.tip - needle.entry);
    const double depth = (at - face).dot(direction) * 1e3;
    const double offPlane = (at - face).dot(elevation) * 1e3;
    if (depth < 0 || depth > depthMm || std::abs(offPlane) > 3 * halfThicknessMm) return out;
    const Eigen::Vector3d shaft = (needle.tip - needle.entry).normalized();
    // Mirror-like: strongest when the shaft is perpendicular to the beam.
    const double sine = std::clamp(std::abs(shaft.dot(direction)), 0.0, 1.0);
    out.present = true;
    out.depthMm = depth;
    out.strength = angleFactor(steel, std::sqrt(1 - sine * sine)) *
                   std::exp(-(offPlane * offPlane) / (halfThicknessMm * halfThicknessMm));
    return out;
}

// The walk along one scanline: echo intensity per sample (linear, relative to a perfect reflector at the
// face), attenuated both ways.
class LineWalker {
public:
    LineWalker(const UltrasoundInput& input, const std::vector<Candidate>& candidates, const ScanGeometry& geometry,
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

    // Fills echo (samples values) for the line.
    void walk(const std::vector<Segment>& segments, const Eigen::Vector3d& face, const Eigen::Vector3d& direction,
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

private:
    // The material at depth t (mm) of the line from `face` along `direction`.
    const AcousticMaterial* materialAt(const Segment& segment, double t, const Eigen::Vector3d& face,
                                       const Eigen::Vector3d& direction) const {
        if (segment.slot < 0) return skinVisible_ ? outside_ : background_;
        const Candidate& candidate = candidates_[segment.slot];
        if (candidate.skin)
            return t - segment.skinEntry < dermisMm_ ? candidate.material : background_;
        for (const Lesion* lesion : candidate.lesions)
            if (lesion->contains(face + direction * (t * 1e-3))) return input_.materials.named(lesion->material);
        return candidate.material;
    }

    FibreFrame frameFor(const Segment& segment, const Eigen::Vector3d& face, const Eigen::Vector3d& direction) const {
        if (segment.slot < 0 || candidates_[segment.slot].fibres.empty()) return backgroundFrame_;
        const double middle = (segment.t0 + segment.t1) / 2 * 1e-3;
        return fibreFrame(candidates_[segment.slot].fibres.direction(face + direction * middle));
    }

    void deposit(int k, double energy) {
        for (int j = -kMaxPulseHalfWidth; j <= kMaxPulseHalfWidth; ++j)
            echo_[k + j + kMaxPulseHalfWidth] += energy * pulse_[j + kMaxPulseHalfWidth];
    }

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

// Decibels added at depth t (mm): the user's gain and TGC, and the scanner's nominal compensation.
class DepthGain {
public:
    DepthGain(const UltrasoundSettings& settings, double depthMm) : settings_(settings), depthMm_(depthMm) {}
    double at(double tMm) const {
        double db = settings_.gainDb + 2 * settings_.nominalAttenuationDbCmMhz * settings_.frequencyMhz * tMm / 10;
        const auto& tgc = settings_.tgcDb;
        if (tgc.size() == 1) db += tgc[0];
        if (tgc.size() >= 2) {
            const double f = std::clamp(tMm / depthMm_, 0.0, 1.0) * double(tgc.size() - 1);
            const std::size_t i = std::min(std::size_t(f), tgc.size() - 2);
            db += tgc[i] + (tgc[i + 1] - tgc[i]) * (f - double(i));
        }
        return db;
    }

private:
    const UltrasoundSettings& settings_;
    double depthMm_;
};

// Which scanline samples each pixel of a fan image comes from: worked out once for a geometry and kept
// (per thread) while the probe moves, since the fan's shape changes only with the settings.
struct ScanConversion {
    static constexpr std::uint32_t kOutside = 0xffffffffu;
    struct Pixel {
        std::uint32_t index = kOutside;  // the nearer sample: line * samples + sample
        bool nextLine = false;           // a next line exists to blend with
        std::uint8_t nextSample = 0;     // 1 when a next sample exists
        float line = 0, depth = 0;       // blend weights towards the next line and the next sample
    };
    std::array<double, 8> key{};
    std::vector<Pixel> pixels;  // row-major
};

const ScanConversion& scanConversion(const ScanGeometry& geometry, int columns, int rows, int samples,
                                     double footprintMm, double radiusMm) {
    thread_local ScanConversion table;
    const std::array<double, 8> key{double(geometry.lines()), double(samples), double(columns), double(rows),
                                    geometry.widthMm(), geometry.depthMm(), footprintMm, radiusMm};
    if (table.key == key && !table.pixels.empty()) return table;
    table.key = key;
    table.pixels.assign(std::size_t(columns) * rows, {});
    const int lines = geometry.lines();
    const double sampleMm = geometry.depthMm() / samples;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const double x = ((c + 0.5) / columns - 0.5) * geometry.widthMm();
            const double y = (r + 0.5) / rows * geometry.depthMm();
            double line = 0, depth = 0;
            if (!geometry.toScan(x, y, line, depth)) continue;
            const double k = std::clamp(depth / sampleMm - 0.5, 0.0, samples - 1.0);
            line = std::clamp(line, 0.0, lines - 1.0);
            const int i0 = std::min(int(line), lines - 1), k0 = std::min(int(k), samples - 1);
            ScanConversion::Pixel& pixel = table.pixels[std::size_t(r) * columns + c];
            pixel.index = std::uint32_t(i0 * samples + k0);
            pixel.nextLine = i0 + 1 < lines;
            pixel.nextSample = k0 + 1 < samples ? 1 : 0;
            pixel.line = float(line - i0);
            pixel.depth = float(k - k0);
        }
    return table;
}

}  // namespace

UltrasoundImage simulateBMode(const UltrasoundInput& input, const Probe& probe, const UltrasoundSettings& given) {
    UltrasoundSettings settings = given;
    settings.columns = std::max(1, settings.columns);
    settings.rows = std::max(2, settings.rows);
    const Probe seated = orthonormalised(probe);
    const ScanGeometry geometry(seated, settings);
    const double halfThicknessMm = sliceThicknessMm(seated, settings) / 2;
    const std::vector<Candidate> structures = candidates(input, geometry, settings, halfThicknessMm);
    const int lines = geometry.lines(), samples = settings.rows;

    // Scanlines: echo per sample, then compressed to grey (0..255) per sample.
    std::vector<float> scan(std::size_t(lines) * samples);
    LineLabeller labeller(structures);
    LineWalker walker(input, structures, geometry, settings, samples);
    const DepthGain depthGain(settings, geometry.depthMm());
    std::vector<double> offset(samples);
    for (int k = 0; k < samples; ++k) offset[k] = depthGain.at((k + 0.5) * geometry.depthMm() / samples);
    const float range = float(std::max(settings.dynamicRangeDb, 1.0)), toGrey = 255.0f / range;
    for (int i = 0; i < lines; ++i) {
        Eigen::Vector3d face, direction;
        geometry.scanline(i, face, direction);
        const auto& segments = labeller.label(face, direction, geometry.depthMm());
        NeedleCrossing crossing;
        if (input.needle)
            crossing = needleCrossing(*input.needle, face, direction, geometry.elevation(), geometry.depthMm(),
                                      halfThicknessMm, input.materials.needle());
        float* line = &scan[std::size_t(i) * samples];
        walker.walk(segments, face, direction, crossing, line);
        for (int k = 0; k < samples; ++k) {
            const float db = decibelsOf(line[k] + 1e-30f) + float(offset[k]);
            line[k] = std::clamp((db + range) * toGrey, 0.0f, 255.0f);
        }
    }

    UltrasoundImage image;
    image.columns = settings.columns;
    image.rows = settings.rows;
    image.widthMm = geometry.widthMm();
    image.depthMm = geometry.depthMm();
    image.pixels.assign(std::size_t(image.columns) * image.rows, 0);
    if (geometry.type() == ProbeType::Linear && lines == image.columns) {
        for (int r = 0; r < image.rows; ++r)
            for (int c = 0; c < image.columns; ++c)
                image.pixels[std::size_t(r) * image.columns + c] = std::uint8_t(std::lround(scan[std::size_t(c) * samples + r]));
    } else {
        const ScanConversion& conversion =
            scanConversion(geometry, image.columns, image.rows, samples, seated.footprintMm, settings.curvilinearRadiusMm);
        for (std::size_t pixel = 0; pixel < conversion.pixels.size(); ++pixel) {
            const ScanConversion::Pixel& from = conversion.pixels[pixel];
            if (from.index == ScanConversion::kOutside) continue;
            const float* a = &scan[from.index];
            const float* b = a + (from.nextLine ? samples : 0);
            const float v = (1 - from.line) * ((1 - from.depth) * a[0] + from.depth * a[from.nextSample]) +
                            from.line * ((1 - from.depth) * b[0] + from.depth * b[from.nextSample]);
            image.pixels[pixel] = std::uint8_t(v + 0.5f);
        }
    }
    image.centreLine = centreLine(input, seated, settings);
    return image;
}

std::vector<CentreLineSegment> centreLine(const UltrasoundInput& input, const Probe& probe,
                                          const UltrasoundSettings& settings) {
    const Probe seated = orthonormalised(probe);
    const ScanGeometry geometry(seated, settings);
    const Atlas& atlas = input.scene.atlas();
    const Eigen::Vector3d start = geometry.centre() - geometry.down() * (kSearchBehindMm * 1e-3);
    const double maxT = (geometry.depthMm() + kSearchBehindMm) * 1e-3;
    std::vector<CentreLineSegment> out;
    std::vector<RayHit> hits;
    std::vector<Inside> stretches;
    for (std::size_t i = 0; i < atlas.structures().size(); ++i) {
        const Structure& structure = atlas.structures()[i];
        if (structure.spec.isGroup() || structure.mesh.triangles.empty()) continue;
        if (!input.visible.empty() && (i >= input.visible.size() || !input.visible[i])) continue;
        insideStretches(structureBvh(input.scene, input.pathology, i), start, geometry.down(), maxT, hits, stretches);
        for (const Inside& inside : stretches) {
            const double from = std::max(0.0, inside.tIn * 1e3 - kSearchBehindMm);
            const double to = std::min(geometry.depthMm(), inside.tOut * 1e3 - kSearchBehindMm);
            if (to > from) out.push_back({structure.spec.id, from, to});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const CentreLineSegment& a, const CentreLineSegment& b) {
        return a.startMm < b.startMm;
    });
    return out;
}

}  // namespace av
