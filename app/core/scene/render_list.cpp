#include "core/scene/render_list.h"

#include "core/atlas/strain_display.h"
#include "core/palette.h"
#include "core/scene/seat.h"
#include "core/scene/viewer_model.h"
#include "core/views.h"

#include <Eigen/Geometry>

#include <algorithm>

namespace av {
namespace {

constexpr Rgb kProbeColor{0.35f, 0.38f, 0.42f};
// A linear-array probe's body: the footprint's length along the array, 1 cm across, 8 cm tall.
constexpr double kProbeThickness = 0.010, kProbeHeight = 0.080;

Rgb lighten(const Rgb& c, float amount) {
    return {c[0] + (1 - c[0]) * amount, c[1] + (1 - c[1]) * amount, c[2] + (1 - c[2]) * amount};
}

Rgb mix(const Rgb& a, const Rgb& b, float t) {
    return {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t};
}

// Sitting: the seat shows, and what it presses on glows through the skin and is labelled first.
void addSeat(const SeatContact& seat, std::uint64_t version, RenderList& list, std::vector<std::size_t>& focused) {
    list.props.push_back({seat.seat, palette::kSeat, 1.0f});
    list.propsVersion = version;
    for (std::size_t i : seat.pressed) {
        RenderItem& item = list.structures[i];
        if (!item.highlighted) item.color = mix(item.color, palette::kPressure, float(seat.pressure));
        item.visible = true;
        item.ghost = true;
        item.opacity = 1.0f;
        focused.push_back(i);
    }
}

bool contains(const std::vector<std::size_t>& v, std::size_t i) { return std::find(v.begin(), v.end(), i) != v.end(); }

std::vector<std::size_t> drawnOf(const Atlas& atlas, const std::vector<std::string>& ids) {
    std::vector<std::size_t> out;
    for (const auto& id : ids)
        if (const auto index = atlas.indexOf(id)) {
            out.push_back(*index);
            for (std::size_t drawn : atlas.drawnIndices(*index)) out.push_back(drawn);
        }
    return out;
}

ProbeDrawing probeDrawing(const Probe& probe) {
    const Eigen::Vector3d across = probe.normal.cross(probe.axis).normalized();
    return {probe.position + probe.normal * (kProbeHeight / 2), probe.axis, across, probe.normal,
            {probe.footprintMm / 1000.0, kProbeThickness, kProbeHeight}, kProbeColor};
}

// The highlighted and selected structures first (they matter most); when nothing is, everything on show
// but the skin.
std::vector<std::size_t> labelOrder(const Atlas& atlas, const std::vector<RenderItem>& items,
                                    const std::vector<std::size_t>& focused) {
    std::vector<std::size_t> order;
    std::vector<bool> seen(items.size());
    auto add = [&](std::size_t i) {
        if (seen[i] || !items[i].visible) return;
        seen[i] = true;
        order.push_back(i);
    };
    for (std::size_t i : focused) add(i);
    if (focused.empty())
        for (std::size_t i = 0; i < items.size(); ++i)
            if (atlas.structures()[i].spec.kind != StructureKind::Skin) add(i);
    return order;
}

UltrasoundPlaneDrawing planeDrawing(const Probe& probe, const UltrasoundSettings& settings,
                                   std::shared_ptr<const UltrasoundImage> image,
                                   std::shared_ptr<const std::vector<std::uint8_t>> alpha) {
    const ScanGeometry geometry(probe, settings);
    const double half = image->widthMm / 2;
    const Eigen::Vector3d origin = geometry.toWorld(-half, 0);
    return {origin, geometry.toWorld(half, 0) - origin, geometry.toWorld(-half, image->depthMm) - origin,
            std::move(image), std::move(alpha)};
}

}  // namespace

Rgb needleColor(const NeedlePlan* plan) {
    if (!plan) return palette::kNeedleClear;
    bool caution = false;
    for (const NeedleWarning& warning : plan->warnings) {
        if (isDangerWarning(warning.kind)) return palette::kNeedleDanger;
        caution = true;
    }
    return caution ? palette::kNeedleCaution : palette::kNeedleClear;
}

Rgb structureColor(const Structure& structure, bool highlighted, bool hovered, const std::optional<double>& strain,
                   bool showStrain) {
    if (highlighted) return palette::kHighlight;
    const Rgb own = showStrain && strain ? strainColor(*strain) : structure.spec.color;
    return hovered ? lighten(own, palette::kHoverLighten) : own;
}

float drawnOpacity(float chosen, bool highlighted, bool xray) {
    if (highlighted) return 1.0f;
    return xray ? std::min(chosen, kXrayOpacity) : chosen;
}

RenderList ViewerModel::renderList() const {
    const ViewerState& s = state_;
    const auto preset = findViewPreset(s.view);
    const bool hideLeft = preset && preset->hidesLeftSide;
    std::vector<std::size_t> highlighted = drawnOf(atlas_, s.highlighted);
    if (s.selected)
        for (std::size_t drawn : atlas_.drawnIndices(*s.selected)) highlighted.push_back(drawn);
    const auto hovered = s.hovered ? atlas_.drawnIndices(*s.hovered) : std::vector<std::size_t>{};
    const auto strains = structureStrains(atlas_, scene_.muscles());

    RenderList list;
    list.poseVersion = scene_.version();
    list.paintVersion = paintVersion_;
    list.instrumentsVersion = instrumentsVersion_;
    list.lowDetail = scene_.lowDetail();
    for (std::size_t i = 0; i < atlas_.structures().size(); ++i) {
        const Structure& structure = atlas_.structures()[i];
        RenderItem item;
        item.index = i;
        item.highlighted = contains(highlighted, i);
        item.hovered = contains(hovered, i);
        const bool shown = s.visible[i] && !(hideLeft && structure.spec.onLeftSide());
        // A highlighted structure shows even when hidden: what is pointed at must be seen.
        item.visible = !structure.spec.isGroup() && (shown || item.highlighted);
        item.color = structureColor(structure, item.highlighted, item.hovered, i < strains.size() ? strains[i] : std::nullopt,
                                    s.motion.showStrain);
        item.opacity = drawnOpacity(s.opacity[i], item.highlighted, s.xray);
        item.ghost = item.visible && item.highlighted;
        // Clicks pass through see-through layers (the skin) to what the user looks at; x-ray fading does not
        // count, so faded structures can still be picked.
        item.pickable = item.visible && (item.highlighted || s.opacity[i] >= 0.5f);
        item.posed = &scene_.posed(i);
        if (const auto painted = paint_.find(i); painted != paint_.end()) {
            item.paint = painted->second.colors;
            item.paintedRegions = painted->second.regions;
        }
        list.structures.push_back(std::move(item));
    }
    if (s.instruments.probe) list.probe = probeDrawing(*s.instruments.probe);
    if (s.instruments.needle)
        list.needle = NeedleDrawing{s.instruments.needle->entry, s.instruments.needle->tip, 0.0009, needleColor(needlePlan())};
    if (auto image = ultrasoundImage()) {
        list.ultrasound = planeDrawing(*s.instruments.probe, s.ultrasound, std::move(image), scan_.mask());
        list.ultrasoundVersion = scan_.imageSerial();
    }
    for (const auto& mesh : scan_.lesionMeshes()) list.lesions.push_back({mesh, palette::kLesion, 0.9f});
    list.lesionsVersion = scan_.lesionSerial();
    if (const auto seat = seatContact(scene_, s.motion.sitting)) addSeat(*seat, scene_.version() + 1, list, highlighted);
    list.labelOrder = labelOrder(atlas_, list.structures, highlighted);
    return list;
}

}  // namespace av
