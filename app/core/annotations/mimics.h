#pragma once
// The conditions that can be mistaken for proximal hamstring tendinopathy (annotations/mimics.json; format in
// docs/annotation-format.md): for each, the structures involved and where its pain is felt, as ellipsoids in
// the atlas frame that the renderer paints onto the skin.
#include "core/annotations/json_fields.h"
#include "core/annotations/known_ids.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace av {

inline constexpr const char* kMimicsFormat = "anatomy-viewer-mimics";
inline constexpr int kMimicsVersion = 1;

// Where pain is felt: an axis-aligned ellipsoid in the atlas frame at the neutral pose (metres), and how
// strongly (1 where it is felt most, less where it spreads).
struct PainRegion {
    std::string name;  // e.g. "buttock crease", for a tooltip
    Point3 centre{};
    Point3 radii{};
    double intensity = 1.0;
};

struct Mimic {
    std::string id;
    std::string name;
    std::string annotation;  // the text that explains it
    std::string felt;        // one plain sentence: where it is felt
    std::vector<std::string> structures;  // to highlight
    std::array<float, 3> color{1.0f, 0.3f, 0.2f};  // paint colour, sRGB 0..1
    std::vector<PainRegion> regions;
    int line = 0;
};

// The strongest intensity of the regions of `mimic` that contain `point` (atlas frame, neutral pose), or 0.
// The renderer paints a skin vertex with this weight.
double painAt(const Mimic& mimic, const Point3& point);

// Parses mimics.json; unknown structure or annotation ids are reported and dropped, a malformed condition is
// reported and left out, a file that is not a mimics file is refused (empty list).
std::vector<Mimic> parseMimics(const std::string& text, const std::string& file, const KnownIds& known,
                               Diagnostics& diagnostics);
std::vector<Mimic> loadMimics(const std::filesystem::path& path, const KnownIds& known, Diagnostics& diagnostics);

IdSet mimicIds(const std::vector<Mimic>& mimics);

}  // namespace av
