// atlas-generator: writes the default atlas (meshes/*.glb, meshes/low/*.glb, atlas.json,
// atlas-whole.glb) from the procedural builders.
//   atlas-generator --out meshes [--quick] [--preview out.png --view posterior [--hide id,id] [--low]]
#include "atlas.h"
#include "frames.h"
#include "preview.h"

#include <cstring>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    std::string out = "meshes", preview, hide, ref;
    std::vector<std::string> views;
    bool quick = false, low = false, noWrite = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) { std::cerr << a << " needs a value\n"; std::exit(2); }
            return argv[++i];
        };
        if (a == "--out") out = next();
        else if (a == "--quick") quick = true;
        else if (a == "--preview") preview = next();
        else if (a == "--view") views.push_back(next());
        else if (a == "--hide") hide = next();
        else if (a == "--low") low = true;
        else if (a == "--ref") ref = next();
        else if (a == "--no-write") noWrite = true;
        else if (a == "--landmarks-md") {
            std::cout << "| landmark | body frame | x mm | y mm | z mm | atlas x, y, z mm | source |\n|---|---|---|---|---|---|---|\n";
            for (const auto& l : atlasgen::landmarks()) {
                auto q = atlasgen::toAtlas(l);
                char buf[256];
                std::snprintf(buf, sizeof buf, "| %s | %s | %.2f | %.2f | %.2f | %.1f, %.1f, %.1f | ", l.id.c_str(),
                              l.body.c_str(), l.p.x(), l.p.y(), l.p.z(), q.x(), q.y(), q.z());
                std::cout << buf << l.source << " |\n";
            }
            return 0;
        }
        else if (a == "--help" || a == "-h") {
            std::cout << "usage: atlas-generator [--out DIR] [--quick] [--no-write] [--preview PREFIX "
                         "--view NAME... [--hide id,id] [--low]]\n";
            return 0;
        } else { std::cerr << "unknown option " << a << "\n"; return 2; }
    }
    atlasgen::AtlasOptions opt;
    opt.quick = quick;
    auto atlas = atlasgen::buildAtlas(opt);
    std::cout << "generated " << atlas.full.size() << " meshes: " << atlas.trianglesFull << " triangles ("
              << atlas.trianglesLow << " low) in " << atlas.seconds << " s\n";
    for (auto& [id, m] : atlas.full)
        std::cout << "  " << id << ": " << m.triangles.size() << " / " << atlas.low.at(id).triangles.size() << "\n";
    if (!noWrite) {
        atlasgen::writeAtlas(atlas, out);
        std::cout << "wrote " << out << "\n";
    }
    if (!preview.empty()) {
        std::set<std::string> hidden;
        std::stringstream ss(hide);
        for (std::string id; std::getline(ss, id, ',');) hidden.insert(id);
        if (views.empty()) views.push_back("posterior");
        std::vector<std::string> refs;
        std::stringstream rs(ref);
        for (std::string f; std::getline(rs, f, ',');) refs.push_back(f);
        for (auto& v : views) {
            atlasgen::renderPreview(atlas, v, preview + "-" + v + ".png", hidden, low);
            if (!refs.empty()) atlasgen::renderPreview(atlas, v, preview + "-" + v + "-ref.png", hidden, low, refs);
        }
    }
    return 0;
}
