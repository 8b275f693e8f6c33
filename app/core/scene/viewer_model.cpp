#include "core/scene/viewer_model.h"

#include "core/motion/animations.h"
#include "core/scene/model_parts.h"

#include <cmath>

namespace av {

Effects& Effects::operator+=(const Effects& other) {
    changed = changed || other.changed;
    if (other.camera) camera = other.camera;
    poseChanged = poseChanged || other.poseChanged;
    instrumentsChanged = instrumentsChanged || other.instrumentsChanged;
    return *this;
}

Effects Parts::setMotion(MotionState motion) {
    ResolvedMotion resolved = resolveMotion(std::move(motion));
    poseWarnings = std::move(resolved.warnings);
    state.motion = std::move(resolved.motion);
    scene.update(state.motion.pose, state.motion.activation, scene.lowDetail(), leftPose(state.motion));
    Effects effects;
    effects.changed = effects.poseChanged = true;
    if (state.instruments.probe || state.instruments.needle) {
        reseatInstruments(*this);
        effects += instrumentsChanged();
    }
    return effects;
}

Effects Parts::repaint() {
    paint.clear();
    std::vector<const Mimic*> shown;
    for (const auto& id : state.mimics)
        for (const auto& mimic : content.mimics)
            if (mimic.id == id) shown.push_back(&mimic);
    if (!shown.empty())
        for (std::size_t i = 0; i < atlas.structures().size(); ++i)
            if (auto painted = paintPainRegions(atlas.structures()[i], shown)) paint[i] = std::move(*painted);
    ++paintVersion;
    Effects effects;
    effects.changed = true;
    return effects;
}

Effects Parts::instrumentsChanged() {
    ++instrumentsVersion;
    Effects effects;
    effects.changed = effects.instrumentsChanged = true;
    return effects;
}

Effects Parts::settingsChanged() {
    ++settingsVersion;
    Effects effects;
    effects.changed = true;
    return effects;
}

std::vector<std::size_t> Parts::indicesOf(const std::vector<std::string>& ids) const {
    std::vector<std::size_t> indices;
    for (const auto& id : ids)
        if (const auto index = atlas.indexOf(id)) {
            indices.push_back(*index);
            for (std::size_t drawn : atlas.drawnIndices(*index))
                if (drawn != *index) indices.push_back(drawn);
        }
    return indices;
}

ViewerModel::ViewerModel(const Atlas& atlas, const Content& content)
    : atlas_(atlas),
      content_(content),
      state_(ViewerState::forAtlas(atlas)),
      scene_(atlas),
      scan_(scene_, content.acousticMaterials ? &*content.acousticMaterials : nullptr) {}

Effects ViewerModel::apply(const Action& action) {
    Parts parts{atlas_,          content_,      state_,
                scene_,          poseWarnings_, paint_,
                paintVersion_,   instrumentsVersion_, settingsVersion_};
    return std::visit([&parts](const auto& a) { return rule(parts, a); }, action);
}

Effects ViewerModel::apply(const Actions& actions) {
    Effects effects;
    for (const auto& action : actions) effects += apply(action);
    return effects;
}

Effects ViewerModel::advance(double dtSeconds) {
    const MotionState& motion = state_.motion;
    if (!motion.playing || motion.animation.empty()) return {};
    const Animation* animation = findAnimation(motion.animation).animation;
    MotionState next = motion;
    next.time += dtSeconds * next.speed;
    if (animation && next.time > animation->durationSeconds()) {
        if (next.loop) {
            next.time = std::fmod(next.time, animation->durationSeconds());
        } else {
            next.time = animation->durationSeconds();
            next.playing = false;
        }
    }
    return apply(act::SetMotion{std::move(next)});
}

std::shared_ptr<const UltrasoundImage> ViewerModel::ultrasoundImage() const {
    // Instruments and settings both change the image; their versions only grow, so their sum is a version.
    return scan_.image(state_, instrumentsVersion_ + settingsVersion_);
}

const NeedlePlan* ViewerModel::needlePlan() const { return scan_.plan(state_, instrumentsVersion_ + settingsVersion_); }

Effects ViewerModel::setLowDetail(bool low) {
    if (low == scene_.lowDetail()) return {};
    scene_.update(state_.motion.pose, state_.motion.activation, low, leftPose(state_.motion));
    Effects effects;
    effects.changed = effects.poseChanged = true;
    return effects;
}

}  // namespace av
