#include "core/ultrasound/tissue_texture.h"

#include <Eigen/Eigenvalues>
#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>

namespace av {
namespace {

constexpr int kSlabs = 12;
constexpr std::uint32_t kSpeckleSeed = 0x51ec1e5u, kSeptaSeed = 0x5e97a11u, kFibrilSeed = 0xf1b1111u,
                        kFascicleSeed = 0x4e12e5u;

// A 32-bit finaliser (the avalanche step of MurmurHash3-style mixers).
inline std::uint32_t mix(std::uint32_t h) {
    h ^= h >> 16;
    h *= 0x7feb352du;
    h ^= h >> 15;
    h *= 0x846ca68bu;
    h ^= h >> 16;
    return h;
}

inline std::uint32_t latticeHash(std::int32_t x, std::int32_t y, std::int32_t z, std::uint32_t seed) {
    return mix(std::uint32_t(x) * 0x8da6b343u ^ std::uint32_t(y) * 0xd8163841u ^ std::uint32_t(z) * 0xcb1ab31fu ^ seed);
}

// Two Gaussian-like values of unit variance from one hash (each the sum of two bytes: triangular).
const float kPairScale = float(1.0 / std::sqrt(2.0 * (256.0 * 256.0 - 1.0) / 12.0));
inline float gaussLow(std::uint32_t h) { return (float(h & 0xff) + float((h >> 8) & 0xff) - 255.f) * kPairScale; }
inline float gaussHigh(std::uint32_t h) { return (float((h >> 16) & 0xff) + float(h >> 24) - 255.f) * kPairScale; }

// floor() without the library call (the build targets plain x86-64, whose floor is not an instruction).
inline std::int32_t floorInt(double x) {
    const auto i = std::int32_t(x);
    return x < i ? i - 1 : i;
}

inline float smoothstep(float t) { return t * t * (3 - 2 * t); }
inline float fade(float t) { return t * t * t * (t * (t * 6 - 15) + 10); }

// The twelve edge directions of a cube: gradient noise's gradients.
constexpr float kGradients[12][3] = {{1, 1, 0}, {-1, 1, 0}, {1, -1, 0}, {-1, -1, 0}, {1, 0, 1}, {-1, 0, 1},
                                     {1, 0, -1}, {-1, 0, -1}, {0, 1, 1}, {0, -1, 1}, {0, 1, -1}, {0, -1, -1}};

inline double decibels(double db) { return std::pow(10.0, db / 10.0); }

}  // namespace

FibreField::FibreField(const std::vector<Vec3f>& positions) {
    if (positions.size() < 4) return;
    Eigen::Vector3d mean = Eigen::Vector3d::Zero();
    for (const auto& p : positions) mean += Eigen::Vector3d(p[0], p[1], p[2]);
    mean /= double(positions.size());
    Eigen::Matrix3d covariance = Eigen::Matrix3d::Zero();
    for (const auto& p : positions) {
        const Eigen::Vector3d d = Eigen::Vector3d(p[0], p[1], p[2]) - mean;
        covariance += d * d.transpose();
    }
    const Eigen::SelfAdjointEigenSolver<Eigen::Matrix3d> solver(covariance);
    centroid_ = mean;
    axis_ = solver.eigenvectors().col(2).normalized();  // largest eigenvalue last
    double lo = 1e30, hi = -1e30;
    for (const auto& p : positions) {
        const double s = (Eigen::Vector3d(p[0], p[1], p[2]) - mean).dot(axis_);
        lo = std::min(lo, s);
        hi = std::max(hi, s);
    }
    start_ = lo;
    step_ = std::max((hi - lo) / kSlabs, 1e-6);
    std::vector<Eigen::Vector3d> sums(kSlabs, Eigen::Vector3d::Zero());
    std::vector<int> counts(kSlabs, 0);
    for (const auto& p : positions) {
        const Eigen::Vector3d q(p[0], p[1], p[2]);
        const int k = std::clamp(int(((q - mean).dot(axis_) - lo) / step_), 0, kSlabs - 1);
        sums[k] += q;
        ++counts[k];
    }
    std::vector<Eigen::Vector3d> centres;
    std::vector<double> at;
    for (int k = 0; k < kSlabs; ++k)
        if (counts[k] > 0) {
            centres.push_back(sums[k] / counts[k]);
            at.push_back(k);
        }
    tangents_.assign(kSlabs, axis_);
    if (centres.size() < 3) return;
    for (int k = 0; k < kSlabs; ++k) {
        // The chord between the centroids either side of the slab's own (one-sided at the ends).
        const std::size_t j = std::min<std::size_t>(std::lower_bound(at.begin(), at.end(), double(k)) - at.begin(),
                                                    centres.size() - 1);
        const Eigen::Vector3d t = centres[std::min(j + 1, centres.size() - 1)] - centres[j == 0 ? 0 : j - 1];
        if (t.norm() < 1e-9) continue;
        tangents_[k] = t.dot(axis_) < 0 ? Eigen::Vector3d(-t.normalized()) : Eigen::Vector3d(t.normalized());
    }
}

Eigen::Vector3d FibreField::direction(const Eigen::Vector3d& p) const {
    if (tangents_.empty()) return axis_;
    const double k = ((p - centroid_).dot(axis_) - start_) / step_ - 0.5;
    if (k <= 0) return tangents_.front();
    if (k >= kSlabs - 1) return tangents_.back();
    const int i = int(k);
    const double f = k - i;
    return ((1 - f) * tangents_[i] + f * tangents_[i + 1]).normalized();
}

FibreFrame fibreFrame(const Eigen::Vector3d& fibre) {
    const Eigen::Vector3d reference = std::abs(fibre.x()) < 0.9 ? Eigen::Vector3d::UnitX() : Eigen::Vector3d::UnitY();
    FibreFrame frame;
    frame.along = fibre;
    frame.across1 = (reference - fibre * fibre.dot(reference)).normalized();
    frame.across2 = fibre.cross(frame.across1);
    return frame;
}

double textureBrightness(const AcousticMaterial& material) { return decibels(material.textureContrastDb) - 1.0; }

Eigen::Matrix3d textureLattice(const AcousticMaterial& material, const FibreFrame& frame) {
    const double across = material.textureScaleMm * 1e-3, along = across * material.textureStretch;
    Eigen::Matrix3d m;
    m.row(0) = frame.across1.transpose() / across;
    m.row(1) = frame.across2.transpose() / across;
    m.row(2) = frame.along.transpose() / along;
    return m;
}

namespace {

// Speckle from random phasors at the lattice corners, evaluated exactly (this fills the tile below).
float phasorSpeckle(const Eigen::Vector3d& q) {
    const std::int32_t ix = floorInt(q.x()), iy = floorInt(q.y()), iz = floorInt(q.z());
    std::array<float, 8> a, b;
    for (int c = 0; c < 8; ++c) {
        const std::uint32_t h = latticeHash(ix + (c & 1), iy + ((c >> 1) & 1), iz + (c >> 2), kSpeckleSeed);
        a[c] = gaussLow(h);
        b[c] = gaussHigh(h);
    }
    const float tx = smoothstep(float(q.x() - ix)), ty = smoothstep(float(q.y() - iy)), tz = smoothstep(float(q.z() - iz));
    // The weights are products of per-axis weights, so their energy is a product of per-axis sums.
    const float energy = ((1 - tx) * (1 - tx) + tx * tx) * ((1 - ty) * (1 - ty) + ty * ty) * ((1 - tz) * (1 - tz) + tz * tz);
    auto blend = [&](const std::array<float, 8>& v) {
        const float x00 = v[0] + tx * (v[1] - v[0]), x10 = v[2] + tx * (v[3] - v[2]);
        const float x01 = v[4] + tx * (v[5] - v[4]), x11 = v[6] + tx * (v[7] - v[6]);
        const float y0 = x00 + ty * (x10 - x00), y1 = x01 + ty * (x11 - x01);
        return y0 + tz * (y1 - y0);
    };
    const float re = blend(a), im = blend(b);
    return 0.5f * (re * re + im * im) / energy;
}

// The speckle pre-sampled in a tile of 64 grains a side, 2 samples per grain, as decibels in quarter-dB
// steps (2 MB, so a scanline's lookups stay in cache); the world is covered by copies of the tile, each
// shifted by a random offset hashed from its position, so no repeat lines up. Looking up costs a few
// operations where evaluating the phasors costs a hundred, and the speckle is computed for every sample.
class SpeckleTile {
public:
    static constexpr int kBits = 7, kSize = 1 << kBits, kPerGrain = 2;

    SpeckleTile() : values_(std::size_t(kSize) * kSize * kSize) {
        for (int i = 0; i < 256; ++i) decode_[i] = std::pow(10.0f, (i * 0.25f - kFloorDb) / 10.0f);
        for (int z = 0; z < kSize; ++z)
            for (int x = 0; x < kSize; ++x)
                for (int y = 0; y < kSize; ++y) {
                    const Eigen::Vector3d q((x + 0.5) / kPerGrain, (y + 0.5) / kPerGrain, (z + 0.5) / kPerGrain);
                    const float db = 10.0f * std::log10(std::max(phasorSpeckle(q), 1e-6f));
                    values_[index(x, y, z)] = std::uint8_t(std::clamp(std::lround((db + kFloorDb) * 4), 0l, 255l));
                }
    }

    float at(const Eigen::Vector3d& q) const {
        const std::int32_t ix = floorInt(q.x() * kPerGrain), iy = floorInt(q.y() * kPerGrain),
                           iz = floorInt(q.z() * kPerGrain);
        const std::uint32_t shift = latticeHash(ix >> kBits, iy >> kBits, iz >> kBits, kSpeckleSeed ^ 0x7117u);
        const int mask = kSize - 1;
        return decode_[values_[index((ix + int(shift)) & mask, (iy + int(shift >> 8)) & mask, (iz + int(shift >> 16)) & mask)]];
    }

private:
    static constexpr float kFloorDb = 50;  // quarter-dB steps from -50 dB to +13.75 dB
    // The second lattice axis (along the beam) varies fastest: a scanline walks along it.
    static std::size_t index(int x, int y, int z) { return (std::size_t(z) * kSize + std::size_t(x)) * kSize + std::size_t(y); }

    std::vector<std::uint8_t> values_;
    std::array<float, 256> decode_{};
};

}  // namespace

const SpeckleTile& speckleTile() {
    static const SpeckleTile tile;  // built on first use (thread-safe), about 0.1 s
    return tile;
}

float TextureSampler::speckle(const Eigen::Vector3d& q) { return speckleTile().at(q); }

float TextureSampler::gradientNoise(const Eigen::Vector3d& q, std::uint32_t seed, float* patch) {
    const std::int32_t ix = floorInt(q.x()), iy = floorInt(q.y()), iz = floorInt(q.z());
    const double fx = ix, fy = iy, fz = iz;
    Cell& cell = textureCell_;
    if (!cell.valid || cell.x != ix || cell.y != iy || cell.z != iz || cell.seed != seed) {
        for (int c = 0; c < 8; ++c) {
            const std::uint32_t h = latticeHash(ix + (c & 1), iy + ((c >> 1) & 1), iz + (c >> 2), seed);
            cell.gradient[c] = std::uint8_t(h % 12u);
            cell.level[c] = float(h >> 24) / 255.0f;
        }
        cell.valid = true;
        cell.x = ix, cell.y = iy, cell.z = iz, cell.seed = seed;
    }
    const float dx = float(q.x() - fx), dy = float(q.y() - fy), dz = float(q.z() - fz);
    std::array<float, 8> value;
    for (int c = 0; c < 8; ++c) {
        const float* g = kGradients[cell.gradient[c]];
        value[c] = g[0] * (dx - (c & 1)) + g[1] * (dy - ((c >> 1) & 1)) + g[2] * (dz - (c >> 2));
    }
    const float tx = fade(dx), ty = fade(dy), tz = fade(dz);
    const float x00 = value[0] + tx * (value[1] - value[0]), x10 = value[2] + tx * (value[3] - value[2]);
    const float x01 = value[4] + tx * (value[5] - value[4]), x11 = value[6] + tx * (value[7] - value[6]);
    const float y0 = x00 + ty * (x10 - x00), y1 = x01 + ty * (x11 - x01);
    if (patch) {
        // A smooth random level from the same corners (value noise), for free.
        const auto& v = cell.level;
        const float a00 = v[0] + tx * (v[1] - v[0]), a10 = v[2] + tx * (v[3] - v[2]);
        const float a01 = v[4] + tx * (v[5] - v[4]), a11 = v[6] + tx * (v[7] - v[6]);
        const float b0 = a00 + ty * (a10 - a00), b1 = a01 + ty * (a11 - a01);
        *patch = b0 + tz * (b1 - b0);
    }
    return y0 + tz * (y1 - y0);
}

float TextureSampler::nearestFeature(double u, double v, std::uint32_t seed) {
    const std::int32_t iu = floorInt(u), iv = floorInt(v);
    const double fu = iu, fv = iv;
    FeatureCell& cell = featureCell_;
    if (!cell.valid || cell.u != iu || cell.v != iv || cell.seed != seed) {
        for (int n = 0; n < 9; ++n) {
            const int du = n % 3 - 1, dv = n / 3 - 1;
            const std::uint32_t h = latticeHash(iu + du, iv + dv, 0, seed);
            cell.points[2 * n] = float(du + 0.15 + 0.7 * double(h & 0xffff) / 65535.0);
            cell.points[2 * n + 1] = float(dv + 0.15 + 0.7 * double(h >> 16) / 65535.0);
        }
        cell.valid = true;
        cell.u = iu, cell.v = iv, cell.seed = seed;
    }
    const float x = float(u - fu), y = float(v - fv);
    float best = 1e9f;
    for (int n = 0; n < 9; ++n) {
        const float ex = cell.points[2 * n] - x, ey = cell.points[2 * n + 1] - y;
        best = std::min(best, ex * ex + ey * ey);
    }
    return std::sqrt(best);
}

namespace {

// A bright line where a noise value n crosses zero: 1 at n = 0, falling like a Gaussian of width 1 (a
// rational stand-in for exp(-n^2), cheaper per sample and just as good for a texture).
inline float ridge(float n) {
    const float x = n * n;
    return 1.0f / (1.0f + x * (1.0f + x * (0.5f + x * (1.0f / 6.0f))));
}

}  // namespace

float TextureSampler::gain(const AcousticMaterial& material, const Eigen::Vector3d& q, float bright) {
    switch (material.texture) {
        case TissueTexture::Speckle:
            return 1.0f;
        case TissueTexture::Septa: {
            // Thin sheets where a smooth random field crosses zero, stretched along the fibres: a network of
            // septa in cross-section, long streaks along the fibres. Their brightness varies from place to
            // place (a smooth random level of the same lattice), so some septa stand out and others fade.
            float patch = 0;
            const float n = gradientNoise(q, kSeptaSeed, &patch);
            return 1.0f + bright * 2.0f * patch * patch * ridge(n / 0.06f);
        }
        case TissueTexture::Fibrillar:
            return 1.0f + bright * ridge(gradientNoise(q, kFibrilSeed, nullptr) / 0.15f);
        case TissueTexture::Honeycomb: {
            // Fascicles: tubes along the fibres around jittered cell centres; bright epineurium between.
            const float d = nearestFeature(q.x(), q.y(), kFascicleSeed);
            return 1.0f + bright * smoothstep(std::clamp((d - 0.3f) / 0.15f, 0.0f, 1.0f));
        }
    }
    return 1.0f;
}

}  // namespace av
