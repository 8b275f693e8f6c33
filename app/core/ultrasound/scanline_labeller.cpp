#include "core/ultrasound/scanline_labeller.h"

#include <algorithm>

namespace av {

const std::vector<Segment>& ScanlineLabeller::label(const Eigen::Vector3d& face, const Eigen::Vector3d& direction,
                                                    double depthMm) {
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

void ScanlineLabeller::apply(const Event& event, double& skinEntry) {
    active_[event.slot] += event.step;
    if (event.step > 0 && candidates_[event.slot].skin && active_[event.slot] == 1) skinEntry = event.t;
}

int ScanlineLabeller::winner() const {
    int best = -1;
    for (std::size_t slot = 0; slot < active_.size(); ++slot)
        if (active_[slot] > 0 && (best < 0 || candidates_[slot].material->priority >= candidates_[best].material->priority))
            best = int(slot);
    return best;
}

}  // namespace av
