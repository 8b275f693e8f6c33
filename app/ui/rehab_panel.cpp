#include "ui/rehab_panel.h"

#include "ui/panel_layout.h"
#include "ui/ui_colors.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace av {
namespace {

void bar(const char* label, double fraction, const char* value, const ImVec4& colour) {
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, colour);
    char overlay[96];
    std::snprintf(overlay, sizeof overlay, "%s  %s", label, value);
    ImGui::ProgressBar(float(std::clamp(fraction, 0.0, 1.0)), ImVec2(-1, 0), overlay);
    ImGui::PopStyleColor();
}

void drawExercise(const RehabExercise& exercise, const UiContext& context, Actions& actions) {
    const MotionState& motion = context.state.motion;
    const bool playing = motion.animation == exercise.motion && motion.playing;
    ImGui::PushID(exercise.motion.c_str());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(exercise.name.c_str());
    const char* label = playing ? "Playing" : "Play";
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(label).x - ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::Button(label) && !playing) {
        MotionState next = motion;
        next.animation = exercise.motion;
        next.time = 0;
        next.playing = true;
        next.loop = true;
        next.showStrain = true;
        actions.push_back(act::SetMotion{next});  // a motion in use opens the motion panel and its plots
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show this exercise on the body, with the tendon coloured by strain");
    // How to do it for a patient; the motion's own (technical) name for a clinician.
    const bool patient = context.state.audience == Audience::Patient;
    const Animation* animation = findAnimation(exercise.motion).animation;
    const std::string& detail = patient ? exercise.how : animation ? animation->displayName() : exercise.motion;
    if (!detail.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui_colors::kMuted);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(detail.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    char value[32];
    std::snprintf(value, sizeof value, "%.1f %%", exercise.load.peak_tendon_strain * 100);
    bar(patient ? "Tendon stretch" : "Peak tendon strain", strainBarFraction(context.content.rehab, exercise.load), value,
        ui_colors::kStrainBar);
    std::snprintf(value, sizeof value, "%.0f\u00B0", exercise.load.peak_hip_flexion_deg);
    bar(patient ? "Hip bend while working" : "Hip flexion under load", hipBarFraction(exercise.load), value,
        ui_colors::kHipBar);
    ImGui::PopID();
}

}  // namespace

void drawRehabPanel(const UiContext& context, UiState& ui, Actions& actions) {
    placeNextWindow(PanelId::Reading, ui);
    if (!ImGui::Begin("Rehabilitation", &ui.panels.rehab, kDockedPanel)) {
        ImGui::End();
        return;
    }
    const RehabProgramme& programme = context.content.rehab;
    const Audience audience = context.state.audience;
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(programme.about(audience).c_str());
    ImGui::PopTextWrapPos();
    if (programme.empty()) ImGui::TextDisabled("No loading programme was loaded (annotations/rehab.json).");
    for (const RehabStage& stage : programme.stages) {
        ImGui::Separator();
        ImGui::PushStyleColor(ImGuiCol_Text, ui_colors::kHeading);
        ImGui::Text("Stage %d: %s", stage.number, stage.title(audience).c_str());
        ImGui::PopStyleColor();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(stage.goal(audience).c_str());
        ImGui::PopTextWrapPos();
        for (const RehabExercise& exercise : stage.exercises) {
            ImGui::Spacing();
            drawExercise(exercise, context, actions);
        }
    }
    ImGui::End();
}

}  // namespace av
