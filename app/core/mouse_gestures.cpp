#include "core/mouse_gestures.h"

#include <cmath>

namespace av {
namespace {
constexpr double kClickSlopPixels = 4.0;     // further than this is a drag
constexpr double kClickSeconds = 0.5;        // longer than this is a drag (press-and-hold to rotate)
constexpr double kDoubleClickSeconds = 0.35;
}  // namespace

void MouseGestures::press(double x, double y, double time) {
    pressX_ = x;
    pressY_ = y;
    pressTime_ = time;
}

int MouseGestures::release(double x, double y, double time) {
    if (pressTime_ < 0) return 0;
    const bool still = std::hypot(x - pressX_, y - pressY_) <= kClickSlopPixels;
    const bool quick = time - pressTime_ <= kClickSeconds;
    pressTime_ = -1;
    if (!still || !quick) return 0;
    const bool twice = time - lastClickTime_ <= kDoubleClickSeconds &&
                       std::hypot(x - lastClickX_, y - lastClickY_) <= kClickSlopPixels;
    lastClickTime_ = twice ? -10 : time;
    lastClickX_ = x;
    lastClickY_ = y;
    return twice ? 2 : 1;
}

}  // namespace av
