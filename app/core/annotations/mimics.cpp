#include "core/annotations/mimics.h"

#include "core/annotations/text_file.h"

#include <algorithm>
#include <regex>

namespace av {
namespace {

std::array<float, 3> parseColor(const JsonFields& fields) {
    const std::string text = fields.optionalString("color");
    if (text.empty()) return Mimic{}.color;
    static const std::regex hex("#[0-9a-fA-F]{6}");
    if (!std::regex_match(text, hex)) throw FieldError(fields.pointerOf("color"), "\"color\" must be \"#rrggbb\"");
    const unsigned long rgb = std::stoul(text.substr(1), nullptr, 16);
    return {((rgb >> 16) & 0xff) / 255.0f, ((rgb >> 8) & 0xff) / 255.0f, (rgb & 0xff) / 255.0f};
}

PainRegion parseRegion(const JsonSource& source, const std::string& pointer) {
    const JsonFields fields(source, pointer);
    PainRegion region;
    region.name = fields.optionalString("name");
    const auto centre = fields.optionalPoint("centre");
    const auto radii = fields.optionalPoint("radii");
    if (!centre || !radii) throw FieldError(pointer, "a region needs \"centre\" and \"radii\" (metres)");
    region.centre = *centre;
    region.radii = *radii;
    if (std::any_of(radii->begin(), radii->end(), [](double r) { return !(r > 0) || r > 1; }))
        throw FieldError(fields.pointerOf("radii"), "radii must be in metres, above 0 and at most 1");
    region.intensity = fields.optionalNumber("intensity").value_or(1.0);
    if (!(region.intensity > 0) || region.intensity > 1)
        throw FieldError(fields.pointerOf("intensity"), "\"intensity\" must be in (0, 1]");
    return region;
}

Mimic parseMimic(const JsonSource& source, const std::string& pointer, const KnownIds& known,
                 Diagnostics& diagnostics) {
    const JsonFields fields(source, pointer);
    Mimic mimic;
    mimic.line = source.lineOf(pointer);
    mimic.id = fields.requiredString("id");
    mimic.name = fields.requiredString("name");
    mimic.felt = fields.optionalString("felt");
    mimic.annotation = fields.knownId("annotation", known.annotations, "annotation", diagnostics);
    mimic.structures = fields.knownIdList("structures", known.structures, "structure", diagnostics);
    mimic.color = parseColor(fields);
    const auto& regions = fields.raw("regions");
    if (!regions.is_array() || regions.empty())
        throw FieldError(fields.pointerOf("regions"), "\"regions\" must be a non-empty list");
    for (std::size_t i = 0; i < regions.size(); ++i)
        mimic.regions.push_back(parseRegion(source, fields.pointerOf("regions") + "/" + std::to_string(i)));
    return mimic;
}

}  // namespace

double painAt(const Mimic& mimic, const Point3& point) {
    double strongest = 0;
    for (const PainRegion& region : mimic.regions) {
        double distance = 0;  // squared, in units of the radii: <= 1 inside
        for (int i = 0; i < 3; ++i) {
            const double d = (point[i] - region.centre[i]) / region.radii[i];
            distance += d * d;
        }
        if (distance <= 1) strongest = std::max(strongest, region.intensity);
    }
    return strongest;
}

std::vector<Mimic> parseMimics(const std::string& text, const std::string& file, const KnownIds& known,
                               Diagnostics& diagnostics) {
    std::vector<Mimic> mimics;
    const auto source = parseJsonSource(text, file, diagnostics);
    if (!source || !checkJsonHeader(*source, kMimicsFormat, kMimicsVersion, diagnostics)) return mimics;
    const auto& conditions = JsonFields(*source, "").raw("conditions");
    if (!conditions.is_array()) {
        diagnostics.error(source->at("/conditions", "\"conditions\" must be a list; file left out"));
        return mimics;
    }
    for (std::size_t i = 0; i < conditions.size(); ++i) {
        try {
            Mimic mimic = parseMimic(*source, "/conditions/" + std::to_string(i), known, diagnostics);
            if (mimicIds(mimics).count(mimic.id))
                throw FieldError("/conditions/" + std::to_string(i) + "/id", "id '" + mimic.id + "' is used twice");
            mimics.push_back(std::move(mimic));
        } catch (const FieldError& error) {
            diagnostics.error(source->at(error.pointer, std::string(error.what()) + "; condition left out"));
        }
    }
    return mimics;
}

std::vector<Mimic> loadMimics(const std::filesystem::path& path, const KnownIds& known, Diagnostics& diagnostics) {
    const auto text = readTextFile(path, diagnostics);
    if (!text) return {};
    return parseMimics(*text, path.string(), known, diagnostics);
}

IdSet mimicIds(const std::vector<Mimic>& mimics) {
    IdSet ids;
    for (const Mimic& mimic : mimics) ids.insert(mimic.id);
    return ids;
}

}  // namespace av
