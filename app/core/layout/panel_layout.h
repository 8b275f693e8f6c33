#pragma once
// Where the panels go and how much room the body keeps. Panels dock in two columns and a strip: the left column
// (the structure list, the selection's facts while nothing else needs the right column, the seeing-inside
// switches), the right column (the tour, the quiz or the facts over the text being read, the ultrasound
// image), and a strip along the bottom of the 3D view (motion and its plots). The 3D view
// is the rest, and the 3D image is drawn into that rectangle only, so the body is framed where nothing covers
// it. Which panels show depends on what is going on (core/layout/panel_context.h). Window pixels, origin top
// left. Plain data, so the figures (the 3D view keeps >= 60% of a 1280x800 window with the default panels)
// are tested without a display.
#include <string>
#include <vector>

namespace av {

enum class PanelId { Structures, SeeingInside, Information, Reading, Motion, MotionPlots, Ultrasound };

const char* panelName(PanelId id);  // stable ids for --report layout: "structures", "seeing_inside", ...

struct Rect {
    float x = 0, y = 0, width = 0, height = 0;
    float area() const { return width * height; }
};

struct LayoutInput {
    float width = 1280, height = 800;  // the window
    float top = 20, bottom = 26;       // the menu bar above and the status bar below
    bool largeText = false;            // wider columns
    float caption = 0;                 // presenter mode: height of the caption under the 3D view, no panels
    std::vector<PanelId> open;         // the panels on show
};

struct PanelPlace {
    PanelId id;
    Rect rect;
};

struct PanelLayout {
    Rect window;
    Rect viewport;  // the 3D view: what no panel covers
    std::vector<PanelPlace> panels;
};

PanelLayout layoutPanels(const LayoutInput& input);

}  // namespace av
