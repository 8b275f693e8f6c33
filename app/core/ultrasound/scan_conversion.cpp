#include "core/ultrasound/scan_conversion.h"

namespace av {

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

}  // namespace av
