#include "atlas.h"

#include "frames.h"
#include "glb_writer.h"
#include "structures.h"

#include "core/atlas/atlas.h"
#include "core/atlas/manifest_writer.h"

#include <chrono>
#include <iostream>

namespace atlasgen {

namespace {
const char* kBone = "#e6dcc3";
const char* kMuscle = "#a8453a";
const char* kTendon = "#d8dde0";
}  // namespace

// Gluteus maximus's display path (metres, neutral atlas frame; docs/validation.md, section 8): from the centroid
// of the muscle's upper tenth along its long axis (sacrum, posterior ilium) through a point fixed to the pelvis
// 9.4 cm behind and 4.6 cm above the hip centre, where the muscle wraps the back of the hip, to the centroid of
// its lower tenth (gluteal tuberosity, iliotibial tract) on the femur. The via point was chosen among a grid so
// that the volume stays within 5% from -30 to 120 degrees of hip flexion and the lower border clears the sit
// bone at 80 degrees and beyond.
namespace {
std::vector<av::PathAnchor> gluteusMaximusPath() {
    return {{"pelvis", {-0.1421, 0.0292, 0.0753}}, {"pelvis", {-0.165, -0.02, 0.0827}}, {"femur", {-0.0887, -0.182, 0.1128}}};
}
}  // namespace

const std::vector<StructureInfo>& structureTable() {
    static const std::vector<StructureInfo> t = {
        {"pelvis", "Hip bone (right)", "bone", "pelvis", kBone, "", "", {}},
        {"pelvis_left", "Hip bone (left)", "bone", "pelvis", kBone, "", "", {}},
        {"sacrum", "Sacrum and coccyx", "bone", "pelvis", kBone, "", "", {}},
        {"femur", "Femur (right)", "bone", "femur", kBone, "", "", {}},
        {"femur_left", "Femur (left)", "bone", "femur_left", kBone, "", "", {}},
        {"patella", "Patella (right)", "bone", "patella", kBone, "", "", {}},
        {"tibia", "Tibia (right)", "bone", "tibia", kBone, "", "", {}},
        {"fibula", "Fibula (right)", "bone", "tibia", kBone, "", "", {}},
        {"patella_left", "Patella (left)", "bone", "patella_left", kBone, "", "", {}},
        {"tibia_left", "Tibia (left)", "bone", "tibia_left", kBone, "", "", {}},
        {"fibula_left", "Fibula (left)", "bone", "tibia_left", kBone, "", "", {}},
        {"ischial_tuberosity", "Ischial tuberosity (sit bone)", "region", "pelvis", "#efe3b8", "pelvis", "", {}},
        {"conjoint_tendon_footprint", "Conjoint tendon footprint", "region", "pelvis", "#8fb7d9",
         "ischial_tuberosity", "", {}},
        {"semimembranosus_footprint", "Semimembranosus footprint", "region", "pelvis", "#b79bd6",
         "ischial_tuberosity", "", {}},
        {"proximal_hamstring_tendon", "Proximal hamstring tendon", "tendon", "pelvis", kTendon, "", "", {}, 1.0,
         true},
        {"conjoint_tendon", "Conjoint tendon (semitendinosus and biceps femoris long head)", "tendon", "pelvis",
         kTendon, "proximal_hamstring_tendon", "biceps_femoris_long_head", {"pelvis", "femur"}},
        {"semimembranosus_tendon", "Semimembranosus tendon", "tendon", "pelvis", "#cfd6da",
         "proximal_hamstring_tendon", "semimembranosus", {"pelvis", "femur"}},
        {"biceps_femoris_long_head", "Biceps femoris, long head", "muscle", "pelvis", "#b0483c", "", "",
         {"pelvis", "tibia"}},
        {"biceps_femoris_short_head", "Biceps femoris, short head", "muscle", "femur", "#93392f", "", "",
         {"femur", "tibia"}},
        {"semitendinosus", "Semitendinosus", "muscle", "pelvis", "#b9563f", "", "", {"pelvis", "tibia"}},
        {"semimembranosus", "Semimembranosus", "muscle", "pelvis", "#9c3f37", "", "", {"pelvis", "tibia"}},
        {"gluteus_maximus", "Gluteus maximus", "muscle", "pelvis", "#a34a40", "", "", {"pelvis", "femur"}},
        {"gluteus_medius", "Gluteus medius", "muscle", "pelvis", "#a65446", "", "", {"pelvis", "femur"}},
        {"gluteus_minimus", "Gluteus minimus", "muscle", "pelvis", "#98463c", "", "", {"pelvis", "femur"}},
        {"ischiogluteal_bursa", "Ischiogluteal bursa", "bursa", "pelvis", "#7f7fd6", "", "", {}, 0.85},
        {"trochanteric_bursa", "Trochanteric bursa", "bursa", "femur", "#7f7fd6", "", "", {}, 0.85},
        {"sciatic_nerve", "Sciatic nerve", "nerve", "pelvis", "#f2d03b", "", "", {"pelvis", "femur"}},
        {"adductor_magnus", "Adductor magnus", "muscle", "pelvis", "#94443a", "", "", {"pelvis", "femur"}},
        {"quadratus_femoris", "Quadratus femoris", "muscle", "pelvis", "#ad5646", "", "", {"pelvis", "femur"}},
        {"piriformis", "Piriformis", "muscle", "pelvis", "#b35c4b", "", "", {"pelvis", "femur"}},
        {"obturator_internus", "Obturator internus", "muscle", "pelvis", "#a04b3f", "", "", {"pelvis", "femur"}},
        {"gemellus_superior", "Gemellus superior", "muscle", "pelvis", "#b8614f", "", "", {"pelvis", "femur"}},
        {"gemellus_inferior", "Gemellus inferior", "muscle", "pelvis", "#b25a49", "", "", {"pelvis", "femur"}},
        {"sacrotuberous_ligament", "Sacrotuberous ligament", "ligament", "pelvis", "#cbc4ad", "", "", {}},
        {"tibial_nerve", "Tibial nerve", "nerve", "femur", "#f2d03b", "", "", {"femur", "tibia"}},
        {"common_fibular_nerve", "Common fibular nerve", "nerve", "femur", "#e9c22e", "", "", {"femur", "tibia"}},
        {"posterior_femoral_cutaneous_nerve", "Posterior femoral cutaneous nerve", "nerve", "pelvis", "#f6df74", "",
         "", {"pelvis", "femur", "tibia"}},
        {"skin", "Skin of buttock and thigh", "skin", "pelvis", "#f0d2bd", "", "", {"pelvis", "femur", "tibia"}, 0.3},
    };
    static const bool musclesNamed = [] {
        for (auto& s : const_cast<std::vector<StructureInfo>&>(t))
            if (s.kind == "muscle" && s.spans.size() == 2 && s.spans[1] == "tibia") s.muscle = s.id;  // the hamstrings
            else if (s.id == "gluteus_maximus") s.path = gluteusMaximusPath();
        return true;
    }();
    (void)musclesNamed;
    return t;
}

AtlasResult buildAtlas(const AtlasOptions& opt) {
    auto t0 = std::chrono::steady_clock::now();
    Context ctx;
    ctx.quick = opt.quick;
    ctx.h = opt.quick ? 2.0 : 1.25;
    std::vector<Built> built;
    auto log = [&](const std::string& what) {
        if (!opt.verbose) return;
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::cerr << "[" << s << " s] " << what << "\n";
    };
    built.push_back(buildHipBone(ctx)); log("pelvis");
    built.push_back(buildSacrum(ctx)); log("sacrum");
    built.push_back(buildFemur(ctx)); log("femur");
    built.push_back(buildTibia(ctx)); log("tibia");
    built.push_back(buildFibula(ctx)); log("fibula");
    built.push_back(buildPatella(ctx)); log("patella");
    for (auto& b : buildTuberosityRegions(ctx)) built.push_back(std::move(b));
    log("regions");
    for (auto& b : buildNerves(ctx)) built.push_back(std::move(b));
    log("nerves");
    for (auto& b : buildHamstrings(ctx)) built.push_back(std::move(b));
    log("hamstrings");
    for (auto& b : buildGluteal(ctx)) built.push_back(std::move(b));
    log("gluteal");
    for (auto& b : buildDeepHip(ctx)) built.push_back(std::move(b));
    log("deep hip");
    built.push_back(buildSkin(ctx)); log("skin");

    AtlasResult r;
    r.structures = structureTable();
    for (auto& b : built) {
        transform(b.lod.full, 0.001, V3::Zero());
        transform(b.lod.low, 0.001, V3::Zero());
        r.full[b.id] = std::move(b.lod.full);
        r.low[b.id] = std::move(b.lod.low);
    }
    for (const char* id : {"pelvis", "femur", "patella", "tibia", "fibula"}) {
        std::string left = std::string(id) + "_left";
        r.full[left] = r.full[id];
        r.low[left] = r.low[id];
        mirrorZ(r.full[left]);
        mirrorZ(r.low[left]);
    }
    for (auto& [id, m] : r.full) r.trianglesFull += m.triangles.size();
    for (auto& [id, m] : r.low) r.trianglesLow += m.triangles.size();
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

namespace {
std::array<double, 3> rgb(const std::string& hex) {
    auto c = [&](int i) { return std::stoi(hex.substr(1 + 2 * i, 2), nullptr, 16) / 255.0; };
    return {c(0), c(1), c(2)};
}

// The manifest's view of a structure of the table. Sides follow the geometry: left-side copies lie in the
// left half, structures reaching well into both halves (the sacrum) are midline.
av::StructureSpec manifestSpec(const StructureInfo& s, const AtlasResult& a) {
    av::StructureSpec spec;
    spec.id = s.id;
    spec.name = s.name;
    spec.kind = *av::parseKind(s.kind);
    spec.segment = s.segment;
    spec.side = s.group ? av::inferSide(s.id, s.segment) : av::sideOfBounds(av::meshBounds(a.full.at(s.id)));
    if (!s.group) {
        spec.mesh = s.id + ".glb";
        spec.meshLow = "low/" + s.id + ".glb";
    }
    const auto color = rgb(s.color);
    spec.color = {float(color[0]), float(color[1]), float(color[2])};
    spec.opacity = float(s.opacity);
    spec.annotation = s.id;
    spec.parent = s.parent;
    spec.muscle = s.muscle;
    spec.spans = s.spans;
    spec.path = s.path;
    return spec;
}
}  // namespace

void writeAtlas(const AtlasResult& a, const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    fs::create_directories(dir / "low");
    av::Manifest manifest;
    manifest.name = "Default atlas";
    std::vector<GlbPart> whole;
    for (const auto& s : a.structures) {
        if (!s.group) {
            GlbPart part{s.id, &a.full.at(s.id), rgb(s.color), s.opacity};
            writeGlb(dir / (s.id + ".glb"), {part});
            GlbPart lowPart{s.id, &a.low.at(s.id), rgb(s.color), s.opacity};
            writeGlb(dir / "low" / (s.id + ".glb"), {lowPart});
            whole.push_back(part);
        }
        manifest.structures.push_back(manifestSpec(s, a));
    }
    av::writeManifest(manifest, dir / "atlas.json");
    writeGlb(dir / "atlas-whole.glb", whole);
}

}  // namespace atlasgen
