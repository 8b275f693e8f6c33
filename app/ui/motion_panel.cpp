#include "ui/motion_panel.h"

#include "ui/panel_layout.h"

#include "core/atlas/strain_display.h"
#include "core/motion/animations.h"
#include "ui/strain_legend.h"

#include <imgui.h>

namespace av {
namespace {

void drawTimeline(const MotionState& motion, MotionState& next) {
    const auto& all = animations();
    const Animation* current = motion.animation.empty() ? nullptr : findAnimation(motion.animation).animation;
    if (ImGui::BeginCombo("Motion", current ? current->displayName().c_str() : "Pose by hand")) {
        if (ImGui::Selectable("Pose by hand", !current)) next.animation.clear(), next.playing = false;
        for (const Animation& animation : all)
            if (ImGui::Selectable(animation.displayName().c_str(), current == &animation)) {
                next.animation = animation.id();
                next.time = 0;
                next.playing = true;
                next.showStrain = true;
            }
        ImGui::EndCombo();
    }
    if (!current) return;
    if (ImGui::Button(motion.playing ? "Pause" : "Play")) next.playing = !motion.playing;
    ImGui::SameLine();
    ImGui::Checkbox("Loop", &next.loop);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    float speed = float(motion.speed);
    if (ImGui::SliderFloat("##speed", &speed, 0.1f, 2.0f, "speed %.2fx")) next.speed = speed;
    float time = float(motion.time);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderFloat("##time", &time, 0.0f, float(current->durationSeconds()), "%.2f s")) {
        next.time = time;
        next.playing = false;  // scrubbing holds the frame
    }
}

// Moving a slider leaves the animation: the pose is the user's from then on.
void drawPoseSliders(const MotionState& motion, MotionState& next) {
    auto slider = [&](const char* label, double value, float lo, float hi, double& target) {
        float v = float(value);
        if (ImGui::SliderFloat(label, &v, lo, hi, "%.0f deg")) {
            next.animation.clear();
            next.playing = false;
            target = v;
        }
    };
    slider("Hip flexion", motion.pose.hip_flexion_deg, -30, 120, next.pose.hip_flexion_deg);
    slider("Hip adduction", motion.pose.hip_adduction_deg, -45, 30, next.pose.hip_adduction_deg);
    slider("Hip rotation", motion.pose.hip_rotation_deg, -45, 45, next.pose.hip_rotation_deg);
    slider("Knee flexion", motion.pose.knee_flexion_deg, -10, 120, next.pose.knee_flexion_deg);
    float activation = float(motion.activation);
    if (ImGui::SliderFloat("Activation", &activation, 0.0f, 1.0f, "%.2f")) {
        next.animation.clear();
        next.playing = false;
        next.activation = activation;
    }
    if (ImGui::Button("Neutral pose")) {
        next = MotionState{};
        next.showStrain = motion.showStrain;
    }
}

}  // namespace

void drawMotionPanel(const UiContext& context, UiState& ui, Actions& actions) {
    placeNextWindow(PanelId::Motion, ui);
    // While a motion or a pose is in use the panel stays (Neutral pose puts it away); opened from the menu,
    // it can be closed.
    if (!ImGui::Begin("Motion", motionInUse(context.state.motion) ? nullptr : &ui.panels.motion, kDockedPanel)) {
        ImGui::End();
        return;
    }
    const MotionState& motion = context.state.motion;
    MotionState next = motion;
    drawTimeline(motion, next);
    ImGui::Separator();
    drawPoseSliders(motion, next);
    ImGui::Separator();
    ImGui::Checkbox("Colour by tendon strain", &next.showStrain);
    if (motion.showStrain) drawStrainLegend();
    if (next.animation != motion.animation || next.time != motion.time || next.playing != motion.playing ||
        next.speed != motion.speed || next.loop != motion.loop || next.showStrain != motion.showStrain ||
        next.activation != motion.activation || next.pose.hip_flexion_deg != motion.pose.hip_flexion_deg ||
        next.pose.hip_adduction_deg != motion.pose.hip_adduction_deg ||
        next.pose.hip_rotation_deg != motion.pose.hip_rotation_deg ||
        next.pose.knee_flexion_deg != motion.pose.knee_flexion_deg) {
        actions.push_back(act::SetMotion{next});
    }
    ImGui::End();
}

}  // namespace av
