#include "mid_sheet.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <stdexcept>

namespace atlasgen {

namespace {

using V4 = Eigen::Vector4d;

const char* kFile = ATLAS_PARAMS_DIR "/muscles_scan.json";

nlohmann::json read() {
    std::ifstream in(kFile);
    if (!in) throw std::runtime_error(std::string(kFile) + ": cannot be read");
    try {
        return nlohmann::json::parse(in);
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string(kFile) + ": " + e.what());
    }
}

const nlohmann::json& params() {
    static const nlohmann::json j = read();
    return j;
}

std::map<std::string, std::vector<MidSheet>> loadSheets() {
    const nlohmann::json& j = params();
    std::map<std::string, std::vector<MidSheet>> out;
    for (const auto& [id, parts] : j.at("structures").items())
        for (const auto& p : parts) {
            MidSheet m;
            m.sections = p.at("sections");
            m.points = p.at("points");
            for (const auto& row : p.at("mid"))
                for (const auto& q : row) m.mid.emplace_back(q.at(0), q.at(1), q.at(2));
            for (const auto& row : p.at("radius"))
                for (const auto& r : row) m.radius.push_back(r);
            if (m.sections < 2 || m.points < 2 || m.mid.size() != size_t(m.sections) * m.points ||
                m.radius.size() != m.mid.size())
                throw std::runtime_error(std::string(kFile) + ": " + id + ": sections x points do not match the data");
            out[id].push_back(std::move(m));
        }
    return out;
}

// Uniform Catmull-Rom through 4-vectors at parameter u in [0, n-1] (ends extended by reflection).
V4 spline(const std::vector<V4>& p, double u) {
    const int n = int(p.size());
    int i = std::min(int(std::floor(u)), n - 2);
    double s = u - i;
    const V4& p1 = p[i];
    const V4& p2 = p[i + 1];
    V4 p0 = i > 0 ? p[i - 1] : V4(2 * p1 - p2);
    V4 p3 = i + 2 < n ? p[i + 2] : V4(2 * p2 - p1);
    double s2 = s * s, s3 = s2 * s;
    return 0.5 * ((2 * p1) + (-p0 + p2) * s + (2 * p0 - 5 * p1 + 4 * p2 - p3) * s2 + (-p0 + 3 * p1 - 3 * p2 + p3) * s3);
}

}  // namespace

const std::vector<MidSheet>& midSheets(const std::string& id) {
    static const std::map<std::string, std::vector<MidSheet>> all = loadSheets();
    auto it = all.find(id);
    if (it == all.end()) throw std::runtime_error(std::string(kFile) + ": no structure " + id);
    return it->second;
}

const std::map<std::string, std::vector<V3>>& scanLandmarks() {
    static const std::map<std::string, std::vector<V3>> all = [] {
        std::map<std::string, std::vector<V3>> out;
        try {
            for (const auto& [name, value] : params().at("landmarks").items()) {
                auto point = [](const nlohmann::json& q) { return V3(q.at(0), q.at(1), q.at(2)); };
                if (value.at(0).is_number()) out[name].push_back(point(value));
                else
                    for (const auto& q : value) out[name].push_back(point(q));
            }
        } catch (const nlohmann::json::exception& e) {
            throw std::runtime_error(std::string(kFile) + ": landmarks: " + e.what());
        }
        return out;
    }();
    return all;
}

std::vector<Sphere> sheetSpheres(const MidSheet& m, double scale, double grow, double step) {
    // Lengths along the sections (s) and across them (k), to choose the sampling.
    double ls = 0, lk = 0;
    for (int k = 0; k < m.points; ++k) {
        double l = 0;
        for (int s = 1; s < m.sections; ++s) l += (m.at(s, k) - m.at(s - 1, k)).norm();
        ls = std::max(ls, l);
    }
    for (int s = 0; s < m.sections; ++s) {
        double l = 0;
        for (int k = 1; k < m.points; ++k) l += (m.at(s, k) - m.at(s, k - 1)).norm();
        lk = std::max(lk, l);
    }
    // A power of two: every level's samples are also samples of the finer levels.
    int ns = 2, nk = 2;
    while (ns * step < ls) ns *= 2;
    while (nk * step < lk) nk *= 2;
    // Interpolate along each mid-line first, then along the sections.
    std::vector<std::vector<V4>> rows(m.sections);
    for (int s = 0; s < m.sections; ++s) {
        std::vector<V4> ctrl;
        for (int k = 0; k < m.points; ++k) ctrl.emplace_back(m.at(s, k).x(), m.at(s, k).y(), m.at(s, k).z(), m.r(s, k));
        for (int j = 0; j <= nk; ++j) rows[s].push_back(spline(ctrl, double(j) / nk * (m.points - 1)));
    }
    std::vector<Sphere> out;
    for (int j = 0; j <= nk; ++j) {
        std::vector<V4> ctrl;
        for (int s = 0; s < m.sections; ++s) ctrl.push_back(rows[s][j]);
        for (int i = 0; i <= ns; ++i) {
            V4 q = spline(ctrl, double(i) / ns * (m.sections - 1));
            double r = std::max(0.0, q.w()) * scale + grow;
            // Large balls overlap a lot: keep every 2^level-th sample, spacing at most r / 2.
            int stride = 1;
            while (stride * 2 * step <= 0.5 * r && stride * 2 <= std::min(ns, nk)) stride *= 2;
            if (i % stride || j % stride || r < 1.0) continue;  // thinner than the grid resolves
            out.push_back({q.head<3>(), r});
        }
    }
    return out;
}

}  // namespace atlasgen
