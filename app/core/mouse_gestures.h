#pragma once
// Tells clicks from drags and single from double clicks, so that orbiting never selects by accident.
namespace av {

class MouseGestures {
public:
    void press(double x, double y, double time);
    // Returns 0 for a drag (or a release without a press), 1 for a click, 2 for a double click.
    int release(double x, double y, double time);

private:
    double pressX_ = 0, pressY_ = 0, pressTime_ = -1, lastClickTime_ = -10;
    double lastClickX_ = 0, lastClickY_ = 0;
};

}  // namespace av
