#include "core/atlas/structure_listing.h"

#include <cstdio>

namespace av {

nlohmann::json listStructuresJson(const Atlas& atlas) {
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < atlas.structures().size(); ++i) {
        const StructureSpec& spec = atlas.structures()[i].spec;
        const Bounds b = atlas.bounds(i);
        nlohmann::json item = {{"id", spec.id},
                               {"name", spec.name},
                               {"kind", kindName(spec.kind)},
                               {"segment", spec.segment},
                               {"triangles", atlas.triangleCount(i)},
                               {"bounds_m", {b[0], b[1], b[2], b[3], b[4], b[5]}},
                               {"annotation", spec.annotation}};
        if (!spec.parent.empty()) item["parent"] = spec.parent;
        list.push_back(std::move(item));
    }
    return list;
}

std::string listStructuresText(const Atlas& atlas) {
    std::string text;
    char line[256];
    for (std::size_t i = 0; i < atlas.structures().size(); ++i) {
        const StructureSpec& spec = atlas.structures()[i].spec;
        std::snprintf(line, sizeof line, "%-34s %-8s %-8s %8zu  %s\n", spec.id.c_str(), kindName(spec.kind),
                      spec.segment.c_str(), atlas.triangleCount(i), spec.name.c_str());
        text += line;
    }
    return text;
}

}  // namespace av
