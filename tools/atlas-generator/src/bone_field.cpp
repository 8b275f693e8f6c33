#include "bone_field.h"

namespace atlasgen {

void smoothField(Grid& g) {
    const int n[3] = {g.nx(), g.ny(), g.nz()};
    auto& v = g.values();
    std::vector<float> tmp(v.size());
    for (int axis = 0; axis < 3; ++axis) {
        const size_t stride = axis == 0 ? 1 : axis == 1 ? size_t(n[0]) : size_t(n[0]) * n[1];
        for (int k = 0; k < n[2]; ++k)
            for (int j = 0; j < n[1]; ++j)
                for (int i = 0; i < n[0]; ++i) {
                    const int c[3] = {i, j, k};
                    const size_t at = (size_t(k) * n[1] + j) * n[0] + i;
                    const size_t lo = c[axis] > 0 ? at - stride : at, hi = c[axis] < n[axis] - 1 ? at + stride : at;
                    tmp[at] = 0.25f * v[lo] + 0.5f * v[at] + 0.25f * v[hi];
                }
        v.swap(tmp);
    }
}

}  // namespace atlasgen
