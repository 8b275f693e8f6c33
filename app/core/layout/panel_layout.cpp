#include "core/layout/panel_layout.h"

#include <algorithm>
#include <cmath>

namespace av {
namespace {

constexpr float kGap = 6;

bool has(const LayoutInput& input, PanelId id) {
    return std::find(input.open.begin(), input.open.end(), id) != input.open.end();
}

// Panels stacked in a column, each taking its weight's share of the height (the gaps left out).
struct Share {
    PanelId id;
    float weight;
};
void column(PanelLayout& layout, const LayoutInput& input, std::vector<Share> shares, float x, float y, float width,
            float height) {
    shares.erase(std::remove_if(shares.begin(), shares.end(), [&](const Share& s) { return !has(input, s.id); }),
                 shares.end());
    if (shares.empty()) return;
    float total = 0;
    for (const Share& s : shares) total += s.weight;
    const float room = height - kGap * static_cast<float>(shares.size() - 1);
    const float bottom = y + height;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        // The last panel takes what is left, so rounding never leaves a sliver at the bottom.
        const float h = i + 1 == shares.size() ? bottom - y : std::round(room * shares[i].weight / total);
        layout.panels.push_back({shares[i].id, {x, y, width, h}});
        y += h + kGap;
    }
}

}  // namespace

const char* panelName(PanelId id) {
    switch (id) {
    case PanelId::Structures: return "structures";
    case PanelId::SeeingInside: return "seeing_inside";
    case PanelId::Information: return "information";
    case PanelId::Reading: return "reading";
    case PanelId::Motion: return "motion";
    case PanelId::MotionPlots: return "motion_plots";
    case PanelId::Ultrasound: return "ultrasound";
    }
    return "panel";
}

PanelLayout layoutPanels(const LayoutInput& input) {
    PanelLayout layout;
    layout.window = {0, 0, input.width, input.height};
    const float top = input.top + kGap, bottom = input.height - input.bottom - kGap;
    if (input.caption > 0) {  // presenter: the 3D view over the caption, nothing else
        layout.viewport = {0, input.top, input.width, std::max(1.0f, input.height - input.top - input.bottom - input.caption)};
        return layout;
    }
    const float widen = input.largeText ? 1.3f : 1.0f;
    const bool leftShown = has(input, PanelId::Structures) || has(input, PanelId::SeeingInside);
    // The selection's facts join the left column unless the right one is in use anyway (a text being read,
    // the ultrasound image): one column leaves the body most of the window.
    const bool rightInUse = has(input, PanelId::Reading) || has(input, PanelId::Ultrasound);
    const bool infoLeft = leftShown && !rightInUse;
    const bool rightShown = rightInUse || (has(input, PanelId::Information) && !infoLeft);
    // Plots without their controls (a tour moving the body) go under the tour's text rather than in a strip.
    const bool plotsRight = rightShown && has(input, PanelId::MotionPlots) && !has(input, PanelId::Motion);
    // Columns never take more than half the width between them: the body keeps the rest.
    float left = leftShown ? 270 * widen : 0;
    float right = rightShown ? 340 * widen : 0;
    const float gaps = (left > 0 ? 2 * kGap : 0) + (right > 0 ? 2 * kGap : 0);
    if (left + right + gaps > input.width / 2) {
        const float shrink = (input.width / 2 - gaps) / (left + right);
        left *= shrink;
        right *= shrink;
    }
    const float height = bottom - top;
    if (left > 0) {
        column(layout, input,
               infoLeft ? std::vector<Share>{{PanelId::Structures, 0.42f}, {PanelId::Information, 0.36f}, {PanelId::SeeingInside, 0.22f}}
                        : std::vector<Share>{{PanelId::Structures, 0.68f}, {PanelId::SeeingInside, 0.32f}},
               kGap, top, left, height);
    }
    const float rightX = input.width - kGap - right;
    if (right > 0) {
        // The text on top (the tour or the facts over what is being read), the ultrasound image below it.
        std::vector<Share> shares{{PanelId::Reading, 0.55f}, {PanelId::Ultrasound, 0.48f}};
        if (plotsRight) shares.push_back({PanelId::MotionPlots, 0.4f});
        if (!infoLeft) shares.insert(shares.begin(), {PanelId::Information, 0.45f});
        column(layout, input, shares, rightX, top, right, height);
    }
    const float middleX = left > 0 ? 2 * kGap + left : 0;
    const float middleRight = right > 0 ? rightX - kGap : input.width;
    const float middleWidth = middleRight - middleX;
    float viewportBottom = input.height - input.bottom;
    const bool motion = has(input, PanelId::Motion), plots = has(input, PanelId::MotionPlots) && !plotsRight;
    if (motion || plots) {
        const float strip = std::min(250 * widen, height * 0.34f);
        const float y = bottom - strip;
        if (motion && plots) {
            const float split = std::round(middleWidth * 0.55f);
            layout.panels.push_back({PanelId::Motion, {middleX + (left > 0 ? 0 : kGap), y, split - kGap, strip}});
            layout.panels.push_back({PanelId::MotionPlots, {middleX + split, y, middleWidth - split - (right > 0 ? 0 : kGap), strip}});
        } else {
            layout.panels.push_back({motion ? PanelId::Motion : PanelId::MotionPlots,
                                     {middleX + (left > 0 ? 0 : kGap), y, middleWidth - (left > 0 ? 0 : kGap) - (right > 0 ? 0 : kGap), strip}});
        }
        viewportBottom = y - kGap;
    }
    layout.viewport = {middleX, input.top, middleWidth, std::max(1.0f, viewportBottom - input.top)};
    return layout;
}

}  // namespace av
