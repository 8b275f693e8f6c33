#include "core/labels/label_layout.h"

#include <array>
#include <cmath>

namespace av {

bool overlaps(const PlacedLabel& a, const PlacedLabel& b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& requests, float screenWidth, float screenHeight) {
    return layoutLabels(requests, Rect{0, 0, screenWidth, screenHeight});
}

std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& requests, const Rect& area) {
    constexpr float kGap = 18.0f;  // between the anchor and the label, so the leader line shows
    std::vector<PlacedLabel> placed;
    for (const auto& request : requests) {
        // Labels go out to the side their anchor is on, then step up and down until they fit.
        if (request.anchorX < area.x || request.anchorX > area.x + area.width || request.anchorY < area.y ||
            request.anchorY > area.y + area.height)
            continue;  // what it names is out of sight (behind a panel)
        const float side = request.anchorX < area.x + area.width / 2 ? -1.0f : 1.0f;
        const float baseX = side < 0 ? request.anchorX - kGap - request.width : request.anchorX + kGap;
        bool done = false;
        for (int step = 0; step < 40 && !done; ++step) {
            const float offset = (step % 2 ? 1.0f : -1.0f) * float((step + 1) / 2) * (request.height + 2.0f);
            for (const float x : std::array<float, 2>{baseX, side < 0 ? request.anchorX + kGap : request.anchorX - kGap - request.width}) {
                PlacedLabel label{request.id, request.text, request.anchorX, request.anchorY, x,
                                  request.anchorY - request.height / 2 + offset, request.width, request.height};
                const bool inside = label.x >= area.x && label.y >= area.y && label.x + label.width <= area.x + area.width &&
                                    label.y + label.height <= area.y + area.height;
                bool free = inside;
                for (const auto& other : placed) free = free && !overlaps(label, other);
                if (free) {
                    placed.push_back(std::move(label));
                    done = true;
                    break;
                }
            }
        }
    }
    return placed;
}

}  // namespace av
