#include "core/layout/panel_context.h"

namespace av {

bool motionInUse(const MotionState& motion) {
    const Pose& p = motion.pose;
    return !motion.animation.empty() || motion.activation > 0 || motion.showStrain || p.hip_flexion_deg != 0 ||
           p.hip_adduction_deg != 0 || p.hip_rotation_deg != 0 || p.knee_flexion_deg != 0;
}

std::vector<PanelId> openPanels(const ViewerState& state, const PanelChoices& choices) {
    std::vector<PanelId> open;
    if (choices.presenter) return open;
    const bool touring = !state.tour.empty();
    if (!touring || choices.inTourToo) {
        if (choices.structures) open.push_back(PanelId::Structures);
        if (choices.seeingInside) open.push_back(PanelId::SeeingInside);
    }
    // The right column: the tour, the quiz or the tour list in the information slot, or the selection's facts.
    if (touring || state.quiz.active || choices.quiz || choices.tours || (choices.information && state.selected))
        open.push_back(PanelId::Information);
    if (!state.annotation.empty() || choices.mimics) open.push_back(PanelId::Reading);
    // A tour drives the motion itself: its plots show, its controls only when asked for.
    const bool moving = motionInUse(state.motion);
    if ((moving && !touring) || choices.motion) open.push_back(PanelId::Motion);
    if (moving) open.push_back(PanelId::MotionPlots);
    if (state.instruments.probe) open.push_back(PanelId::Ultrasound);
    return open;
}

}  // namespace av
