#include "soft_tissue.h"

#include "mid_sheet.h"

#include <algorithm>

namespace atlasgen {

namespace {
Box wholeGrid(const Grid& g) { return {g.origin(), g.origin() + V3(g.nx() - 1, g.ny() - 1, g.nz() - 1) * g.h()}; }
}  // namespace

Grid gridAround(const std::vector<Sphere>& balls, double h, double pad) {
    Box b{balls.front().c, balls.front().c};
    for (const auto& s : balls) b.add(Box::around(s.c, s.r));
    return Grid(b.grown(pad), h);
}

Grid measuredField(const std::string& id, double h, double scale, double grow) {
    std::vector<Sphere> all;
    for (const auto& part : midSheets(id)) {
        auto balls = sheetSpheres(part, scale, grow);
        all.insert(all.end(), balls.begin(), balls.end());
    }
    Grid g = gridAround(all, h);
    g.splat(all, Op::Union, 0);
    return g;
}

std::vector<size_t> insideParts(const Grid& g) {
    const int nx = g.nx(), ny = g.ny(), nz = g.nz();
    const float inside = float(-0.3 * g.h());  // a neck thinner than about a voxel does not join two parts
    std::vector<char> seen(g.values().size(), 0);
    std::vector<size_t> parts, stack;
    for (size_t start = 0; start < seen.size(); ++start) {
        if (seen[start] || g.values()[start] >= inside) continue;
        size_t n = 0;
        seen[start] = 1;
        stack.push_back(start);
        while (!stack.empty()) {
            size_t v = stack.back();
            stack.pop_back();
            ++n;
            const int i = int(v % nx), j = int(v / nx % ny), k = int(v / (size_t(nx) * ny));
            const int step[6][3] = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
            for (const auto& d : step) {
                int a = i + d[0], b = j + d[1], c = k + d[2];
                if (a < 0 || b < 0 || c < 0 || a >= nx || b >= ny || c >= nz) continue;
                size_t w = (size_t(c) * ny + b) * nx + a;
                if (!seen[w] && g.values()[w] < inside) seen[w] = 1, stack.push_back(w);
            }
        }
        parts.push_back(n);
    }
    std::sort(parts.rbegin(), parts.rend());
    return parts;
}

namespace {
// True when a piece besides the largest holds more than 0.5% of the inside.
bool inPieces(const Grid& g) {
    auto parts = insideParts(g);
    size_t total = 0;
    for (size_t n : parts) total += n;
    return parts.size() > 1 && parts[1] > total / 200;
}
}  // namespace

bool carveBones(const Context& ctx, Grid& g, double gap, double k, double depth,
                const std::vector<std::string>& only) {
    auto bone = [&](const V3& p) {
        if (only.empty()) return ctx.boneDistance(p);
        double d = Grid::kFar;
        for (const auto& id : only) d = std::min(d, ctx.boneDistance(id, p));
        return d;
    };
    const bool whole = !inPieces(g);
    for (double d : {depth, 1.0}) {
        Grid carved = g;
        carved.apply(wholeGrid(carved), [&](const V3& p) {
            double b = bone(p);
            return std::max(b - gap, -d - b);
        }, Op::Subtract, k);
        if (!whole || !inPieces(carved)) {
            g = std::move(carved);
            return true;
        }
    }
    return false;
}

bool carveSoft(const Context& ctx, Grid& g, const std::string& other, double gap, double k) {
    const bool whole = !inPieces(g);
    Grid carved = g;
    carved.apply(wholeGrid(carved), [&](const V3& p) { return ctx.softDistance(other, p) - gap; }, Op::Subtract, k);
    if (whole && inPieces(carved)) return false;
    g = std::move(carved);
    return true;
}

void carveNerves(const Context& ctx, Grid& g, double gap) {
    for (const auto& [id, field] : ctx.soft)
        if (id.size() > 6 && id.compare(id.size() - 6, 6, "_nerve") == 0) carveSoft(ctx, g, id, gap);
}

Built keepAndPolygonise(Context& ctx, const std::string& id, Grid g, int full, int low, int smooth) {

    Built b{id, polygonise(g, full, low, smooth)};
    ctx.soft[id].grid = std::make_unique<Grid>(std::move(g));
    return b;
}

V3 nearestBoneSurface(const Context& ctx, const std::string& bone, const V3& p) {
    const Context::Field& f = ctx.bones.at(bone);
    const Grid& g = *f.grid;
    V3 best = p;
    double bestD = 1e30;
    for (int k = 0; k < g.nz(); ++k)
        for (int j = 0; j < g.ny(); ++j)
            for (int i = 0; i < g.nx(); ++i) {
                if (std::abs(g.at(i, j, k)) > g.h()) continue;
                const V3 q = g.point(i, j, k) + f.offset;
                if ((q - p).squaredNorm() < bestD) bestD = (q - p).squaredNorm(), best = q;
            }
    return best;
}

}  // namespace atlasgen
