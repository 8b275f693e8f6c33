#include "ui/panel_layout.h"

#include <algorithm>

namespace av {
namespace {

struct Columns {
    float gap, top, bottom, left, right, strip, seeing, info;
};

Columns columns(bool largeText) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row = ImGui::GetFrameHeightWithSpacing();
    Columns c;
    c.gap = 6;
    c.top = ImGui::GetFrameHeight() + c.gap;                              // below the menu bar
    c.bottom = io.DisplaySize.y - (ImGui::GetFrameHeight() + 6) - c.gap;  // above the status bar
    const float widen = largeText ? 1.35f : 1.0f;
    c.left = 300 * widen;
    c.right = 380 * widen;
    // Keep at least a third of the width for the 3D view.
    const float sides = io.DisplaySize.x * 2 / 3 - 4 * c.gap;
    if (c.left + c.right > sides) {
        const float shrink = sides / (c.left + c.right);
        c.left *= shrink;
        c.right *= shrink;
    }
    const float height = c.bottom - c.top;
    c.strip = std::min(280.0f * widen, height * 0.4f);
    // Title, three rows of layer switches, a separator, two rows of view switches.
    c.seeing = row * 6 + style.WindowPadding.y * 2 + style.ItemSpacing.y * 2;
    c.info = height * 0.42f;
    return c;
}

}  // namespace

PanelRect panelRect(PanelSlot slot, bool largeText) {
    const Columns c = columns(largeText);
    const float width = ImGui::GetIO().DisplaySize.x;
    const float rightX = width - c.gap - c.right;
    const float middleX = c.gap * 2 + c.left;
    const float middleWidth = rightX - c.gap - middleX;
    switch (slot) {
    case PanelSlot::Structures:
        return {{c.gap, c.top}, {c.left, c.bottom - c.top - c.seeing - c.gap}};
    case PanelSlot::SeeingInside: return {{c.gap, c.bottom - c.seeing}, {c.left, c.seeing}};
    case PanelSlot::Information: return {{rightX, c.top}, {c.right, c.info}};
    case PanelSlot::Reading:
        return {{rightX, c.top + c.info + c.gap}, {c.right, c.bottom - c.top - c.info - c.gap}};
    case PanelSlot::Motion:  // a little wider than the plots: its slider labels sit beside the sliders
        return {{middleX, c.bottom - c.strip}, {middleWidth * 0.55f - c.gap * 0.5f, c.strip}};
    case PanelSlot::MotionPlots:
        return {{middleX + middleWidth * 0.55f + c.gap * 0.5f, c.bottom - c.strip},
                {middleWidth * 0.45f - c.gap * 0.5f, c.strip}};
    case PanelSlot::Ultrasound: {
        const float panel = std::min(360.0f * (largeText ? 1.35f : 1.0f), middleWidth * 0.5f);
        return {{rightX - c.gap - panel, c.top}, {panel, c.bottom - c.strip - c.gap - c.top}};
    }
    }
    return {};
}

void placeNextWindow(PanelSlot slot, const UiState& ui) {
    const PanelRect rect = panelRect(slot, ui.layoutLarge);
    const ImGuiCond when = ui.relayout ? ImGuiCond_Always : ImGuiCond_FirstUseEver;
    ImGui::SetNextWindowPos(rect.pos, when);
    ImGui::SetNextWindowSize(rect.size, when);
    if (slot == PanelSlot::Information || slot == PanelSlot::Reading || slot == PanelSlot::Ultrasound)
        ImGui::SetNextWindowBgAlpha(1.0f);
}

void updateLayout(UiState& ui, bool largeText) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    if (display.x != ui.layoutWidth || display.y != ui.layoutHeight || largeText != ui.layoutLarge) ui.relayout = true;
    ui.layoutWidth = display.x;
    ui.layoutHeight = display.y;
    ui.layoutLarge = largeText;
}

void placeOwnPlacedPanels(UiState& ui) {
    if (!ui.relayout) return;
    const std::pair<const char*, PanelSlot> panels[] = {{"Structures", PanelSlot::Structures},
                                                        {"Motion", PanelSlot::Motion},
                                                        {"Muscle plots", PanelSlot::MotionPlots}};
    for (const auto& [name, slot] : panels) {
        // Windows not created yet are left alone; they take their own place when first shown.
        const PanelRect rect = panelRect(slot, ui.layoutLarge);
        ImGui::SetWindowPos(name, rect.pos, ImGuiCond_Always);
        ImGui::SetWindowSize(name, rect.size, ImGuiCond_Always);
    }
    ui.relayout = false;
}

}  // namespace av
