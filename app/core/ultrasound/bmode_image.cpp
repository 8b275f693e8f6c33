// The image assembled: scanlines cut and labelled (scanline_labeller), walked (scanline_walker), compressed to
// grey with the gain and TGC, then laid out as pixels (a fan scan-converted, scan_conversion).
#include "core/ultrasound/bmode_image.h"

#include "core/ultrasound/echo_physics.h"
#include "core/ultrasound/scan_candidates.h"
#include "core/ultrasound/scan_conversion.h"
#include "core/ultrasound/scanline_labeller.h"
#include "core/ultrasound/scanline_walker.h"
#include "core/ultrasound/structure_geometry.h"

#include <algorithm>
#include <cmath>

namespace av {

UltrasoundImage simulateBMode(const UltrasoundInput& input, const Probe& probe, const UltrasoundSettings& given) {
    UltrasoundSettings settings = given;
    settings.columns = std::max(1, settings.columns);
    settings.rows = std::max(2, settings.rows);
    const Probe seated = orthonormalised(probe);
    const ScanGeometry geometry(seated, settings);
    const double halfThicknessMm = sliceThicknessMm(seated, settings) / 2;
    const std::vector<Candidate> structures = scanCandidates(input, geometry, settings, halfThicknessMm);
    const int lines = geometry.lines(), samples = settings.rows;

    // Scanlines: echo per sample, then compressed to grey (0..255) per sample.
    std::vector<float> scan(std::size_t(lines) * samples);
    ScanlineLabeller labeller(structures);
    ScanlineWalker walker(input, structures, geometry, settings, samples);
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
