#pragma once
// Colours with a meaning in the panels, from or near the Okabe-Ito palette so that they stay apart for the
// common colour-vision deficiencies. Links are a lavender blue, not the sky-blue highlight of core/palette.h,
// so a link never reads as "highlighted"; they are also underlined, so colour is never the only cue.
#include <imgui.h>

namespace av::ui_colors {

inline const ImVec4 kLink{0.62f, 0.68f, 1.00f, 1.0f};
inline const ImVec4 kLinkHovered{0.85f, 0.88f, 1.00f, 1.0f};
inline const ImVec4 kHeading{0.96f, 0.90f, 0.78f, 1.0f};
inline const ImVec4 kMuted{0.70f, 0.72f, 0.76f, 1.0f};
inline const ImVec4 kCode{0.90f, 0.62f, 0.00f, 1.0f};  // Okabe-Ito orange
inline const ImVec4 kCodeBackground{1.0f, 1.0f, 1.0f, 0.07f};
inline const ImVec4 kRight{0.00f, 0.62f, 0.45f, 1.0f};  // Okabe-Ito bluish green
inline const ImVec4 kWrong{0.84f, 0.37f, 0.00f, 1.0f};  // Okabe-Ito vermillion
// The Rehabilitation panel's two bars: tendon strain and hip flexion under load.
inline const ImVec4 kStrainBar{0.80f, 0.47f, 0.65f, 1.0f};  // Okabe-Ito reddish purple
inline const ImVec4 kHipBar{0.00f, 0.45f, 0.70f, 1.0f};     // Okabe-Ito blue

}  // namespace av::ui_colors
