#include "core/scene/ultrasound_scan.h"

#include "core/pathology/pathology_geometry.h"

namespace av {
namespace {

// 255 where the fan covers a pixel's centre, 0 outside it.
std::vector<std::uint8_t> scannedMask(const ScanGeometry& geometry, int columns, int rows) {
    std::vector<std::uint8_t> mask(std::size_t(columns) * rows, 0);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const double x = ((c + 0.5) / columns - 0.5) * geometry.widthMm();
            const double y = (r + 0.5) / rows * geometry.depthMm();
            double line = 0, depth = 0;
            if (geometry.toScan(x, y, line, depth)) mask[std::size_t(r) * columns + c] = 255;
        }
    return mask;
}

}  // namespace

UltrasoundScan::UltrasoundScan(const PosedScene& scene, const AcousticMaterials* materials)
    : scene_(scene), materials_(materials) {}

void UltrasoundScan::refreshOverlay() const {
    if (overlayScene_ == scene_.version()) return;
    overlayScene_ = scene_.version();
    const bool hadLesions = !lesionMeshes_.empty();
    overlay_.reset();
    lesionMeshes_.clear();
    if (!scene_.pathology().empty()) {
        // The scene changes the meshes itself (PosedScene::setPathology): the overlay carries the rest.
        overlay_ = std::make_unique<PathologyOverlay>(scene_, scene_.pathology(), false);
        for (const Lesion& lesion : overlay_->lesions())
            lesionMeshes_.push_back(std::make_shared<const Mesh>(lesionMesh(lesion)));
    }
    if (hadLesions || !lesionMeshes_.empty()) ++lesionSerial_;
}

const PathologyOverlay* UltrasoundScan::overlay() const {
    refreshOverlay();
    return overlay_.get();
}

const std::vector<std::shared_ptr<const Mesh>>& UltrasoundScan::lesionMeshes() const {
    refreshOverlay();
    return lesionMeshes_;
}

std::uint64_t UltrasoundScan::lesionSerial() const {
    refreshOverlay();
    return lesionMeshes_.empty() ? 0 : lesionSerial_;
}

std::shared_ptr<const UltrasoundImage> UltrasoundScan::image(const ViewerState& state, std::uint64_t version) const {
    const auto& probe = state.instruments.probe;
    if (!probe || !materials_) {
        image_.reset();
        return nullptr;
    }
    const Key key{scene_.version(), version};
    if (image_ && imageKey_ == key) return image_;
    // The image shows the body whatever the 3D view hides: a scan does not depend on the screen.
    const UltrasoundInput input{scene_, *materials_, {}, overlay(), state.instruments.needle};
    const UltrasoundSettings& settings = state.ultrasound;
    image_ = std::make_shared<const UltrasoundImage>(simulateBMode(input, *probe, settings));
    imageKey_ = key;
    ++imageSerial_;
    // The fan's outline changes only with its shape, not as the probe moves.
    const std::array<double, 6> shape{double(probe->type), settings.depthCm, probe->footprintMm,
                                      settings.curvilinearRadiusMm, double(image_->columns), double(image_->rows)};
    if (probe->type == ProbeType::Linear) {
        mask_.reset();
    } else if (!mask_ || shape != maskGeometry_) {
        mask_ = std::make_shared<const std::vector<std::uint8_t>>(
            scannedMask(ScanGeometry(*probe, settings), image_->columns, image_->rows));
    }
    maskGeometry_ = shape;
    return image_;
}

const NeedlePlan* UltrasoundScan::plan(const ViewerState& state, std::uint64_t version) const {
    const auto& needle = state.instruments.needle;
    if (!needle) {
        plan_.reset();
        return nullptr;
    }
    const Key key{scene_.version(), version};
    if (plan_ && planKey_ == key) return &*plan_;
    NeedlePlanOptions options;
    options.nearNerveMm = state.nearNerveMm;
    plan_ = planNeedle(scene_, *needle, state.instruments.probe, state.ultrasound, options, overlay());
    planKey_ = key;
    return &*plan_;
}

}  // namespace av
