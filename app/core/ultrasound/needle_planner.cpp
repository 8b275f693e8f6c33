#include "core/ultrasound/needle_planner.h"

#include "core/ultrasound/structure_geometry.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>

namespace av {
namespace {

constexpr double kBehindM = 0.010;  // the shaft's line is cut from this far outside the entry

// How deep a structure sits among those that contain one another: the tip is reported in the
// innermost (a bursa inside a muscle's bounds, a nerve in fat). Kinds added later rank as tendon-like
// (ligament) or as plain soft tissue.
int nesting(const StructureSpec& spec) {
    static const std::map<std::string, int> ranks = {{"skin", 0}, {"muscle", 2}, {"tendon", 3}, {"ligament", 3},
                                                     {"bursa", 4}, {"nerve", 5}, {"bone", 6}};
    const auto it = ranks.find(kindName(spec.kind));
    return it == ranks.end() ? 1 : it->second;
}

std::string millimetres(double mm) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f mm", mm);
    return text;
}

Eigen::Vector3d point(const Vec3f& v) { return {v[0], v[1], v[2]}; }

// The pieces of a mesh's outline in the plane y = level: one segment per triangle that straddles it.
using Outline = std::vector<std::pair<Eigen::Vector3d, Eigen::Vector3d>>;
Outline outlineAt(const Mesh& mesh, double level) {
    Outline out;
    for (const Triangle& t : mesh.triangles) {
        std::array<Eigen::Vector3d, 2> ends;
        int found = 0;
        for (int e = 0; e < 3 && found < 2; ++e) {
            const Eigen::Vector3d a = point(mesh.positions[t[e]]), b = point(mesh.positions[t[(e + 1) % 3]]);
            if ((a.y() - level) * (b.y() - level) > 0 || a.y() == b.y()) continue;
            ends[found++] = a + (b - a) * ((level - a.y()) / (b.y() - a.y()));
        }
        if (found == 2) out.emplace_back(ends[0], ends[1]);
    }
    return out;
}

// Shortest distance between segments p1-q1 and p2-q2 (clamped closest points, Ericson 5.1.9).
double segmentGap(const Eigen::Vector3d& p1, const Eigen::Vector3d& q1, const Eigen::Vector3d& p2, const Eigen::Vector3d& q2) {
    const Eigen::Vector3d d1 = q1 - p1, d2 = q2 - p2, r = p1 - p2;
    const double a = d1.squaredNorm(), e = d2.squaredNorm(), f = d2.dot(r);
    double s = 0, t = 0;
    if (a <= 1e-24 && e <= 1e-24) return r.norm();
    if (a <= 1e-24) {
        t = std::clamp(f / e, 0.0, 1.0);
    } else {
        const double c = d1.dot(r);
        if (e <= 1e-24) {
            s = std::clamp(-c / a, 0.0, 1.0);
        } else {
            const double b = d1.dot(d2), denom = a * e - b * b;
            s = denom > 1e-24 ? std::clamp((b * f - c * e) / denom, 0.0, 1.0) : 0.0;
            t = (b * s + f) / e;
            if (t < 0) t = 0, s = std::clamp(-c / a, 0.0, 1.0);
            else if (t > 1) t = 1, s = std::clamp((b - c) / a, 0.0, 1.0);
        }
    }
    return (p1 + d1 * s - (p2 + d2 * t)).norm();
}

Eigen::Vector3d centroid(const Mesh& mesh) {
    Eigen::Vector3d sum = Eigen::Vector3d::Zero();
    for (const auto& v : mesh.positions) sum += point(v);
    return mesh.positions.empty() ? sum : Eigen::Vector3d(sum / double(mesh.positions.size()));
}

}  // namespace

bool isDangerWarning(const std::string& kind) { return kind == "near_nerve" || kind == "through_bone"; }

bool NeedlePlan::warns(const std::string& kind) const {
    return std::any_of(warnings.begin(), warnings.end(), [&](const NeedleWarning& w) { return w.kind == kind; });
}

std::optional<double> tuberosityToNerveMm(const PosedScene& scene, const NeedlePlanOptions& options) {
    constexpr double kNerveReachM = 0.07;
    const Atlas& atlas = scene.atlas();
    const auto tuberosity = atlas.indexOf(options.tuberosityId);
    const auto nerve = atlas.indexOf(options.sciaticId);
    if (!tuberosity || !nerve || scene.mesh(*tuberosity).triangles.empty() || scene.mesh(*nerve).triangles.empty())
        return std::nullopt;
    // The region and the footprint are carried by the pelvis, the atlas frame itself: their level holds.
    const Eigen::Vector3d centre = centroid(scene.mesh(*tuberosity));
    const Structure* level = atlas.find(options.levelId);
    const double y = level && !level->mesh.positions.empty() ? centroid(level->mesh).y() : centre.y();
    const Outline bone = outlineAt(scene.mesh(*tuberosity), y);
    Outline nerveOutline;
    for (const auto& piece : outlineAt(scene.mesh(*nerve), y))
        if ((piece.first - centre).norm() < kNerveReachM) nerveOutline.push_back(piece);
    if (bone.empty() || nerveOutline.empty()) return std::nullopt;
    double gap = 1e30;
    for (const auto& a : bone)
        for (const auto& b : nerveOutline) gap = std::min(gap, segmentGap(a.first, a.second, b.first, b.second));
    return gap * 1e3;
}

NeedlePlan planNeedle(const PosedScene& scene, const Needle& needle, const std::optional<Probe>& probe,
                      const UltrasoundSettings& settings, const NeedlePlanOptions& options,
                      const PathologyOverlay* pathology) {
    NeedlePlan plan;
    plan.needle = needle;
    const Atlas& atlas = scene.atlas();
    const Eigen::Vector3d shaft = needle.tip - needle.entry;
    const double length = shaft.norm();
    const Eigen::Vector3d direction = length > 1e-12 ? Eigen::Vector3d(shaft / length) : Eigen::Vector3d::UnitX();
    const Eigen::Vector3d start = needle.entry - direction * kBehindM;
    const double maxT = length + kBehindM;

    struct Passage {
        double enter;  // metres along the shaft from the entry
        std::size_t index;
    };
    std::vector<Passage> passages;
    std::vector<RayHit> hits;
    std::vector<Inside> stretches;
    int tipRank = -1;
    bool boneCrossed = false;
    std::string boneId;
    double targetLeftAt = -1;  // where the shaft left the target, when it did before the tip
    bool tipInTarget = false;
    for (std::size_t i = 0; i < atlas.structures().size(); ++i) {
        const StructureSpec& spec = atlas.structures()[i].spec;
        if (spec.isGroup() || spec.kind == StructureKind::Region || atlas.structures()[i].mesh.triangles.empty()) continue;
        insideStretches(structureBvh(scene, pathology, i), start, direction, maxT, hits, stretches);
        bool first = true;
        for (const Inside& inside : stretches) {
            const double from = std::max(inside.tIn - kBehindM, 0.0), to = std::min(inside.tOut - kBehindM, length);
            if (to <= from) continue;
            if (first) passages.push_back({from, i});
            first = false;
            const bool atTip = inside.tOut >= maxT;
            if (atTip && spec.kind != StructureKind::Skin && nesting(spec) > tipRank) {
                tipRank = nesting(spec);
                plan.tipStructure = spec.id;
            }
            if (spec.kind == StructureKind::Bone && !boneCrossed) {
                boneCrossed = true;
                boneId = spec.id;
            }
            if (spec.id == options.targetId) {
                if (atTip) tipInTarget = true;
                else targetLeftAt = std::max(targetLeftAt, to);
            }
        }
    }
    std::stable_sort(passages.begin(), passages.end(), [](const Passage& a, const Passage& b) { return a.enter < b.enter; });
    for (const Passage& p : passages) plan.crossed.push_back(atlas.structures()[p.index].spec.id);

    if (const auto target = atlas.indexOf(options.targetId); target && !structureMesh(scene, pathology, *target).triangles.empty()) {
        if (tipInTarget) {
            plan.tipToTargetMm = 0.0;
        } else if (const auto near = structureBvh(scene, pathology, *target).nearest(needle.tip)) {
            plan.tipToTargetMm = near->distance * 1e3;
        }
    }

    for (const std::string& id : options.nerveIds) {
        const auto index = atlas.indexOf(id);
        if (!index || scene.mesh(*index).triangles.empty()) continue;
        const double mm = structureBvh(scene, pathology, *index).distanceToSegment(needle.entry, needle.tip).distance * 1e3;
        if (!plan.minNerveDistanceMm || mm < *plan.minNerveDistanceMm) {
            plan.minNerveDistanceMm = mm;
            plan.nearestNerve = id;
        }
    }
    plan.tuberosityToNerveMm = tuberosityToNerveMm(scene, options);

    if (probe) {
        const Probe seated = orthonormalised(*probe);
        const Eigen::Vector3d elevation = seated.elevation();
        plan.sliceThicknessMm = sliceThicknessMm(seated, settings);
        plan.planeOffsetMm = std::max(std::abs((needle.entry - seated.position).dot(elevation)),
                                      std::abs((needle.tip - seated.position).dot(elevation))) * 1e3;
        plan.inPlane = plan.planeOffsetMm <= plan.sliceThicknessMm / 2 + options.needleRadiusMm;
    }

    if (plan.minNerveDistanceMm && *plan.minNerveDistanceMm < options.nearNerveMm) {
        const std::string name = atlas.find(plan.nearestNerve)->spec.name;
        plan.warnings.push_back({"near_nerve", *plan.minNerveDistanceMm <= 0
                                                   ? "The shaft passes through the " + name + "."
                                                   : "The shaft comes within " + millimetres(*plan.minNerveDistanceMm) +
                                                         " of the " + name + " (limit " +
                                                         millimetres(options.nearNerveMm) + ")."});
    }
    if (!plan.tipStructure.empty() && atlas.find(plan.tipStructure)->spec.kind == StructureKind::Tendon)
        plan.warnings.push_back({"in_tendon", "The tip is inside the " + atlas.find(plan.tipStructure)->spec.name +
                                                  ": steroid injected into a tendon weakens it."});
    if (boneCrossed)
        plan.warnings.push_back({"through_bone", "The needle passes into bone (" + atlas.find(boneId)->spec.name + ")."});
    if (targetLeftAt >= 0 && !tipInTarget)
        plan.warnings.push_back({"beyond_target", "The tip has gone " + millimetres((length - targetLeftAt) * 1e3) +
                                                      " past the " + atlas.find(options.targetId)->spec.name + "."});
    return plan;
}

}  // namespace av
