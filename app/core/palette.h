#pragma once
// Colours with a meaning, shared by the renderer and the panels. The highlight is a sky blue from the
// Okabe-Ito colour-blind-safe palette: it stands apart from ivory bone, red-brown muscle and yellow
// nerve for the common colour-vision deficiencies.
#include <array>

namespace av::palette {

inline constexpr std::array<float, 3> kHighlight{0.20f, 0.62f, 1.00f};
inline constexpr float kGhostOpacity = 0.5f;  // the selection seen through what covers it
inline constexpr float kHoverLighten = 0.35f;  // how far a hovered structure moves towards white
inline constexpr std::array<float, 3> kBackgroundTop{0.16f, 0.18f, 0.22f};
inline constexpr std::array<float, 3> kBackgroundBottom{0.05f, 0.06f, 0.08f};

// The needle's colour says what its plan warns about (core/ultrasound/needle_planner.h), in Okabe-Ito hues
// that stay apart for the common colour-vision deficiencies; the panel lists the same warnings in words.
inline constexpr std::array<float, 3> kNeedleClear{0.80f, 0.84f, 0.90f};    // light steel: no warning
inline constexpr std::array<float, 3> kNeedleCaution{0.90f, 0.62f, 0.00f};  // orange: in_tendon, beyond_target
inline constexpr std::array<float, 3> kNeedleDanger{0.84f, 0.37f, 0.00f};   // vermillion: near_nerve, through_bone
inline constexpr std::array<float, 3> kInPlane{0.00f, 0.62f, 0.45f};        // bluish green: in plane, no warning
// Fluid in a partial tear's cleft, drawn inside the tendon.
inline constexpr std::array<float, 3> kLesion{0.00f, 0.45f, 0.70f};         // Okabe-Ito blue
// Sitting: the seat, a neutral grey-brown wood, and the glow of what it presses on (the sit bone and the tendon
// origin), Okabe-Ito vermillion so it stands out from ivory bone and the blue highlight.
inline constexpr std::array<float, 3> kSeat{0.48f, 0.42f, 0.36f};
inline constexpr std::array<float, 3> kPressure{0.84f, 0.37f, 0.00f};

}  // namespace av::palette
