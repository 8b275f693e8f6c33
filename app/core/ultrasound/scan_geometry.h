#pragma once
// Where the simulated image lies in the body: the scanlines of a probe (parallel for a linear array, a fan
// for a curvilinear one) and the image plane's mapping to the atlas frame, for drawing the image as a
// textured plane in 3D. Image coordinates: x (mm) along the probe's axis, 0 at the footprint's centre
// (column 0 at -width/2); y (mm) the depth along the central beam from the skin (row 0 at the skin).
#include "core/instruments/instruments.h"

#include <Eigen/Core>

#include <vector>

namespace av {

// What the user sets on the scanner. Depths are measured from the skin along the beam.
struct UltrasoundSettings {
    double depthCm = 6;         // imaging depth
    double frequencyMhz = 5;    // centre frequency: higher = more attenuation, finer speckle, thinner slice
    double gainDb = 0;          // overall gain, added to every pixel
    // Time-gain compensation: dB added at evenly spaced depths from the skin (first) to depthCm (last),
    // interpolated linearly between (the sliders of a real scanner); empty = all 0.
    std::vector<double> tgcDb = {0, 0, 0, 0, 0, 0};
    int columns = 256;  // image width in pixels; a linear probe has one scanline per column
    int rows = 512;     // image height in pixels: row r shows depth r / rows x depth (linear in depth)
    int scanlines = 0;  // curvilinear: scanlines in the fan (0 = as many as columns)
    double curvilinearRadiusMm = 50;  // radius of a curvilinear array's face
    double dynamicRangeDb = 60;       // log compression: this many dB below white is black
    // The scanner's built-in depth compensation, one way (applied both ways); the TGC sliders adjust
    // around it, the way a scanner's TGC sliders start centred.
    double nominalAttenuationDbCmMhz = 0.8;
};

class ScanGeometry {
public:
    ScanGeometry(const Probe& probe, const UltrasoundSettings& settings);

    ProbeType type() const { return type_; }
    int lines() const { return lines_; }
    double widthMm() const { return widthMm_; }  // image width (a fan: its width at full depth)
    double depthMm() const { return depthMm_; }
    double lineSpacingMm() const;                // between neighbouring lines at the face (a fan: at mid depth)
    // Scanline i (0 .. lines-1, from -axis to +axis): where it leaves the probe's face (metres) and its
    // unit direction into the body; its samples lie at depths 0 .. depthMm() from that point.
    void scanline(int i, Eigen::Vector3d& origin, Eigen::Vector3d& direction) const;
    // Image point (mm) -> atlas frame (metres); any point of the plane, inside the image or not.
    Eigen::Vector3d toWorld(double xMm, double yMm) const;
    // A point of the plane -> the scanline coordinates that cover it: the line position (0 .. lines-1,
    // fractional) and the depth along that line (mm). False when it lies outside the scanned area.
    bool toScan(double xMm, double yMm, double& line, double& depthMm) const;

    // Atlas-frame unit vectors of the image plane: lateral (image x), down (image y), elevation (normal).
    const Eigen::Vector3d& lateral() const { return lateral_; }
    const Eigen::Vector3d& down() const { return down_; }
    const Eigen::Vector3d& elevation() const { return elevation_; }
    const Eigen::Vector3d& centre() const { return centre_; }

private:
    ProbeType type_;
    int lines_;
    double widthMm_, depthMm_, footprintMm_, radiusMm_, halfAngle_;
    Eigen::Vector3d centre_, lateral_, down_, elevation_;
};

// The thickness of the image slice (mm, full width) at the focus, an estimate from diffraction: the
// elevation beam width 0.886 x wavelength x focal depth / elevation aperture (the half-power width of a
// rectangular aperture at its focus), with the focus at half the imaging depth and an elevation aperture
// of 4 mm (linear) or 8 mm (curvilinear), never under 1 mm.
double sliceThicknessMm(const Probe& probe, const UltrasoundSettings& settings);

}  // namespace av
