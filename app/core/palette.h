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

}  // namespace av::palette
