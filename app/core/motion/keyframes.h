#pragma once
// A smooth curve through keyframes: piecewise cubic Hermite with monotone (Fritsch-Carlson / PCHIP)
// slopes, so it never overshoots the keyed values (an angle keyed at a joint limit stays inside it).
#include <vector>

namespace av {

struct Keyframe {
    double time;
    double value;
};

class KeyframeTrack {
public:
    // keys: at least one, times strictly increasing. periodic: the curve repeats with period
    // (last.time - first.time); the first and last values should then be equal, and the slope there is
    // taken across the seam. Otherwise the curve eases in and out (zero slope at both ends) and holds the
    // end values outside the keyed times.
    KeyframeTrack(std::vector<Keyframe> keys, bool periodic);

    double value(double time) const;

private:
    std::vector<Keyframe> keys_;
    std::vector<double> slopes_;
    bool periodic_;
};

}  // namespace av
