#pragma once
// What the probe and the needle make of the posed scene: the pathologies' acoustic side (materials, lesions,
// and the lesions' meshes for 3D), the simulated image with the mask of its scanned area (the plane in 3D),
// and the needle plan. Each is worked out when first asked after what it depends on changed, so a frame that
// changes none of them costs nothing, and without a probe or a needle nothing is worked out at all.
// Internal to ViewerModel.
#include "core/pathology/pathology_overlay.h"
#include "core/scene/posed_scene.h"
#include "core/scene/viewer_state.h"
#include "core/ultrasound/acoustic_materials.h"
#include "core/ultrasound/bmode_image.h"
#include "core/ultrasound/needle_planner.h"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace av {

class UltrasoundScan {
public:
    // `materials` may be null (no data file): then there is no image, but still a needle plan.
    UltrasoundScan(const PosedScene& scene, const AcousticMaterials* materials);

    // `version` changes whenever the instruments or the scanner's settings change; the scene's own version
    // covers the pose and the pathology.
    std::shared_ptr<const UltrasoundImage> image(const ViewerState& state, std::uint64_t version) const;
    // The image's alpha, row-major like its pixels: 255 where a scanline covers the pixel, 0 in a fan's
    // corners; null for a linear probe (all covered) or without an image.
    std::shared_ptr<const std::vector<std::uint8_t>> mask() const { return image_ ? mask_ : nullptr; }
    // Changes with every image worked out (from 1).
    std::uint64_t imageSerial() const { return imageSerial_; }

    const NeedlePlan* plan(const ViewerState& state, std::uint64_t version) const;

    // The pathologies' materials and lesions at the current pose; null without pathology.
    const PathologyOverlay* overlay() const;
    // Meshes of the lesions (partial_tear's cleft), and a serial that changes with them (0: none).
    const std::vector<std::shared_ptr<const Mesh>>& lesionMeshes() const;
    std::uint64_t lesionSerial() const;

private:
    struct Key {
        std::uint64_t scene = 0, model = 0;
        bool operator==(const Key& other) const { return scene == other.scene && model == other.model; }
    };
    void refreshOverlay() const;

    const PosedScene& scene_;
    const AcousticMaterials* materials_;
    mutable Key imageKey_, planKey_;
    mutable std::shared_ptr<const UltrasoundImage> image_;
    mutable std::shared_ptr<const std::vector<std::uint8_t>> mask_;
    mutable std::array<double, 6> maskGeometry_{};  // what the mask was made for
    mutable std::uint64_t imageSerial_ = 0;
    mutable std::optional<NeedlePlan> plan_;
    mutable std::uint64_t overlayScene_ = 0, lesionSerial_ = 0;
    mutable std::unique_ptr<PathologyOverlay> overlay_;
    mutable std::vector<std::shared_ptr<const Mesh>> lesionMeshes_;
};

}  // namespace av
