#include "core/motion/keyframes.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace av {
namespace {

// PCHIP slope at a key between secants d0 (interval width h0) and d1 (width h1): zero at a local extremum,
// else the weighted harmonic mean, which keeps each interval monotone.
double pchipSlope(double h0, double d0, double h1, double d1) {
    if (d0 * d1 <= 0.0) return 0.0;
    const double w0 = 2.0 * h1 + h0, w1 = h1 + 2.0 * h0;
    return (w0 + w1) / (w0 / d0 + w1 / d1);
}

}  // namespace

KeyframeTrack::KeyframeTrack(std::vector<Keyframe> keys, bool periodic)
    : keys_(std::move(keys)), slopes_(keys_.size(), 0.0), periodic_(periodic) {
    if (keys_.empty()) throw std::invalid_argument("a keyframe track needs at least one key");
    for (std::size_t i = 1; i < keys_.size(); ++i)
        if (!(keys_[i].time > keys_[i - 1].time)) throw std::invalid_argument("keyframe times must increase");
    const std::size_t n = keys_.size();
    if (n < 3) return;  // one or two keys: flat, or a smoothstep between the two
    auto h = [&](std::size_t i) { return keys_[i + 1].time - keys_[i].time; };
    auto d = [&](std::size_t i) { return (keys_[i + 1].value - keys_[i].value) / h(i); };
    for (std::size_t i = 1; i + 1 < n; ++i) slopes_[i] = pchipSlope(h(i - 1), d(i - 1), h(i), d(i));
    if (periodic_) {
        // The key before the seam is the second-to-last; the one after it is the second.
        slopes_[0] = slopes_[n - 1] = pchipSlope(h(n - 2), d(n - 2), h(0), d(0));
    }
}

double KeyframeTrack::value(double time) const {
    const double first = keys_.front().time, last = keys_.back().time;
    if (periodic_ && last > first) {
        time = first + std::fmod(time - first, last - first);
        if (time < first) time += last - first;
    }
    if (time <= first) return keys_.front().value;
    if (time >= last) return keys_.back().value;
    const auto upper = std::upper_bound(keys_.begin(), keys_.end(), time,
                                        [](double t, const Keyframe& k) { return t < k.time; });
    const std::size_t i = static_cast<std::size_t>(upper - keys_.begin()) - 1;
    const Keyframe& a = keys_[i];
    const Keyframe& b = keys_[i + 1];
    const double h = b.time - a.time, s = (time - a.time) / h;
    const double s2 = s * s, s3 = s2 * s;
    return (2 * s3 - 3 * s2 + 1) * a.value + (s3 - 2 * s2 + s) * h * slopes_[i] + (-2 * s3 + 3 * s2) * b.value +
           (s3 - s2) * h * slopes_[i + 1];
}

}  // namespace av
