#pragma once
// Large text for consultations: everything ImGui draws this frame, panels and 3D labels, at 1.6 times the
// normal size. ImGui takes the global font scale at NewFrame, so a change inside a frame is pushed as a font
// to take effect at once (headless images draw only two frames).
#include <imgui.h>

namespace av {

inline constexpr float kLargeTextScale = 1.6f;

class ScopedTextScale {
public:
    explicit ScopedTextScale(bool largeText) {
        ImGui::GetIO().FontGlobalScale = largeText ? kLargeTextScale : 1.0f;
        ImGui::PushFont(nullptr);
    }
    ~ScopedTextScale() { ImGui::PopFont(); }
    ScopedTextScale(const ScopedTextScale&) = delete;
    ScopedTextScale& operator=(const ScopedTextScale&) = delete;
};

}  // namespace av
