// Measures the shipped atlas at every keyframe of every shipped motion, as a body (issue "motion without
// artefacts"): per structure, the worst share of its vertices outside the skin by more than 1 mm (among those
// the skin reaches at the neutral pose: above its lower edge, right of the midline) and, for muscles, tendons and
// nerves, the worst share inside a bone with the deepest depth, each with the keyframe where it happens. Prints a
// table; asserts nothing.
//   build/bench-motion-artefacts [atlas.json]
#include "core/atlas/manifest.h"
#include "core/motion/animations.h"
#include "core/scene/body_checks.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const std::filesystem::path manifest = argc > 1 ? argv[1] : std::filesystem::path(AV_SOURCE_DIR) / "meshes/atlas.json";
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(manifest, diagnostics, false);
    const auto skin = atlas.indexOf("skin");
    if (!skin) {
        std::fprintf(stderr, "%s: no structure 'skin' to measure against\n", manifest.string().c_str());
        return 1;
    }
    float skinBottom = 1e9f;
    for (const auto& v : atlas.structures()[*skin].mesh.positions) skinBottom = std::min(skinBottom, v[1]);
    const auto covered = [&](const av::Vec3f& v) { return v[1] > skinBottom + 0.01f && v[2] > 0.005f; };

    struct Worst {
        double outside = 0, inside = 0, deepest = 0;
        std::string outsideAt, insideAt;
    };
    std::vector<Worst> worst(atlas.structures().size());
    av::PosedScene scene(atlas);
    int frames = 0;
    for (const av::Animation& animation : av::animations())
        for (double t : animation.keyframeTimes()) {
            const av::AnimationSample sample = animation.sample(t);
            scene.update(sample.pose, sample.activation, false);
            const std::string at = animation.id() + "@" + std::to_string(t).substr(0, 4) + "s";
            ++frames;
            for (std::size_t i = 0; i < atlas.structures().size(); ++i) {
                const av::Structure& s = atlas.structures()[i];
                if (i == *skin || s.mesh.positions.empty() || s.spec.onLeftSide()) continue;
                Worst& w = worst[i];
                const double out = av::outsideSkin(scene, *skin, i, 0.001, covered);
                if (out > w.outside) w.outside = out, w.outsideAt = at;
                const av::StructureKind k = s.spec.kind;
                if (k != av::StructureKind::Muscle && k != av::StructureKind::Tendon && k != av::StructureKind::Nerve) continue;
                const av::BoneDepth depth = av::insideBones(scene, i);
                if (depth.fractionInside > w.inside) w.inside = depth.fractionInside, w.insideAt = at;
                w.deepest = std::max(w.deepest, depth.deepestMm);
            }
        }
    std::printf("%d keyframes of %zu motions\n", frames, av::animations().size());
    std::printf("%-36s %9s %-26s %9s %8s %-26s\n", "structure", "outside%", "worst at", "in bone%", "deep mm", "worst at");
    for (std::size_t i = 0; i < atlas.structures().size(); ++i) {
        const av::Structure& s = atlas.structures()[i];
        if (i == *skin || s.mesh.positions.empty() || s.spec.onLeftSide()) continue;
        const Worst& w = worst[i];
        std::printf("%-36s %9.2f %-26s %9.2f %8.1f %-26s\n", s.spec.id.c_str(), w.outside * 100, w.outsideAt.c_str(),
                    w.inside * 100, w.deepest, w.insideAt.c_str());
    }
    return 0;
}
