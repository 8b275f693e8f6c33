#pragma once
// Cuts one scanline by every candidate structure and labels its pieces: where meshes overlap, the material
// with the higher priority wins (a bursa in a muscle, a nerve in fat). Internal to the simulated ultrasound
// (core/ultrasound/bmode_image.h).
#include "core/ultrasound/scan_candidates.h"
#include "core/ultrasound/structure_geometry.h"

#include <Eigen/Core>

#include <vector>

namespace av {

// A piece of a scanline with one label: the highest-priority structure inside which it lies.
struct Segment {
    double t0 = 0, t1 = 0;  // depth from the face, mm
    int slot = -1;          // candidate, or -1: in none
    Eigen::Vector3d normal = Eigen::Vector3d::Zero();  // interface normal where it starts (zero: unknown)
    double skinEntry = 0;   // for the skin: where this stretch of it was entered (mm)
};

// Reused from line to line so its buffers are allocated once per image.
class ScanlineLabeller {
public:
    explicit ScanlineLabeller(const std::vector<Candidate>& candidates) : candidates_(candidates), active_(candidates.size()) {}

    // The pieces of the line from `face` along `direction` (unit), from 0 to depthMm, nearest first; valid
    // until the next call.
    const std::vector<Segment>& label(const Eigen::Vector3d& face, const Eigen::Vector3d& direction, double depthMm);

private:
    struct Event {
        double t;  // mm from the face
        int slot;
        int step;  // +1 enter, -1 leave
        Eigen::Vector3d normal;
    };
    void apply(const Event& event, double& skinEntry);
    int winner() const;

    const std::vector<Candidate>& candidates_;
    std::vector<int> active_;
    std::vector<Event> events_;
    std::vector<RayHit> hits_;
    std::vector<Inside> stretches_;
    std::vector<Segment> segments_;
};

}  // namespace av
