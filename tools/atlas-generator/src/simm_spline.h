#pragma once
// OpenSim's SimmSpline: the Forsythe-Malcolm-Moler cubic spline (end conditions from cubics through
// the four end points).
#include <vector>

namespace atlasgen {

class SimmSpline {
public:
    SimmSpline(std::vector<double> x, std::vector<double> y);
    double operator()(double t) const;

private:
    std::vector<double> x_, y_, b_, c_, d_;
};

}  // namespace atlasgen
