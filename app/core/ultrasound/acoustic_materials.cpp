#include "core/ultrasound/acoustic_materials.h"

#include "core/annotations/json_fields.h"
#include "core/annotations/json_source.h"
#include "core/annotations/text_file.h"
#include "core/resources.h"

#include <cmath>

namespace av {
namespace {

constexpr const char* kFormat = "anatomy-viewer-acoustic-materials";
constexpr int kVersion = 1;

const std::pair<TissueTexture, const char*> kTextureNames[] = {
    {TissueTexture::Speckle, "speckle"},
    {TissueTexture::Septa, "septa"},
    {TissueTexture::Fibrillar, "fibrillar"},
    {TissueTexture::Honeycomb, "honeycomb"},
};

// A number that must be present and within [lo, hi].
double numberIn(const JsonFields& fields, const std::string& key, double lo, double hi) {
    const auto value = fields.optionalNumber(key);
    if (!value) throw FieldError(fields.pointer(), "missing field \"" + key + "\"");
    if (!std::isfinite(*value) || *value < lo || *value > hi)
        throw FieldError(fields.pointerOf(key), "\"" + key + "\" must be between " + std::to_string(lo) + " and " +
                                                    std::to_string(hi));
    return *value;
}

double optionalIn(const JsonFields& fields, const std::string& key, double lo, double hi, double fallback) {
    return fields.has(key) ? numberIn(fields, key, lo, hi) : fallback;
}

AcousticMaterial parseMaterial(const JsonSource& source, const std::string& pointer, const std::string& name) {
    const JsonFields fields(source, pointer);
    AcousticMaterial m;
    m.name = name;
    m.densityKgM3 = numberIn(fields, "density_kg_m3", 0.1, 30000);
    m.speedMS = numberIn(fields, "speed_m_s", 100, 10000);
    m.attenuationDbCmMhz = numberIn(fields, "attenuation_db_cm_mhz", 0, 200);
    m.backscatterDb = numberIn(fields, "backscatter_db", -200, 0);
    const std::string texture = fields.optionalString("texture");
    if (!texture.empty()) {
        const auto parsed = parseTexture(texture);
        if (!parsed)
            throw FieldError(fields.pointerOf("texture"),
                             "\"texture\" must be one of speckle, septa, fibrillar, honeycomb (not \"" + texture + "\")");
        m.texture = *parsed;
    }
    m.textureScaleMm = optionalIn(fields, "texture_scale_mm", 0.05, 100, m.textureScaleMm);
    m.textureStretch = optionalIn(fields, "texture_stretch", 0.05, 1000, m.textureStretch);
    m.textureContrastDb = optionalIn(fields, "texture_contrast_db", -60, 60, m.textureContrastDb);
    m.specularLobeDeg = optionalIn(fields, "specular_lobe_deg", 0.5, 90, m.specularLobeDeg);
    m.specularFraction = optionalIn(fields, "specular_fraction", 0, 1, m.specularFraction);
    m.priority = int(optionalIn(fields, "priority", 0, 100, 0));
    return m;
}

// A map of name -> material name (or null: transparent), each name checked against the materials.
std::map<std::string, std::string> parseAssignments(const JsonSource& source, const std::string& key,
                                                    const std::map<std::string, AcousticMaterial>& materials,
                                                    Diagnostics& diagnostics) {
    std::map<std::string, std::string> out;
    const auto found = source.value.find(key);
    if (found == source.value.end()) return out;
    if (!found->is_object()) {
        diagnostics.error(source.at("/" + key, "\"" + key + "\" must map names to material names; left out"));
        return out;
    }
    for (const auto& [name, value] : found->items()) {
        const std::string pointer = "/" + key + "/" + name;
        if (value.is_null()) {
            out[name] = "";
        } else if (!value.is_string()) {
            diagnostics.error(source.at(pointer, "must be a material name or null; left out"));
        } else if (!materials.count(value.get<std::string>())) {
            diagnostics.error(source.at(pointer, "material '" + value.get<std::string>() + "' is not defined; left out"));
        } else {
            out[name] = value.get<std::string>();
        }
    }
    return out;
}

}  // namespace

const char* textureName(TissueTexture texture) {
    for (const auto& [t, name] : kTextureNames)
        if (t == texture) return name;
    return "speckle";
}

std::optional<TissueTexture> parseTexture(const std::string& text) {
    for (const auto& [t, name] : kTextureNames)
        if (text == name) return t;
    return std::nullopt;
}

const AcousticMaterial* AcousticMaterials::named(const std::string& name) const {
    const auto it = materials_.find(name);
    return it == materials_.end() ? nullptr : &it->second;
}

const AcousticMaterial* AcousticMaterials::forStructure(const StructureSpec& spec) const {
    if (const auto it = byStructure_.find(spec.id); it != byStructure_.end()) return named(it->second);
    if (const auto it = byKind_.find(kindName(spec.kind)); it != byKind_.end()) return named(it->second);
    return &background();
}

std::optional<AcousticMaterials> parseAcousticMaterials(const std::string& text, const std::string& file,
                                                        Diagnostics& diagnostics) {
    const auto source = parseJsonSource(text, file, diagnostics);
    if (!source || !checkJsonHeader(*source, kFormat, kVersion, diagnostics)) return std::nullopt;
    AcousticMaterials out;
    const auto list = source->value.find("materials");
    if (list == source->value.end() || !list->is_object()) {
        diagnostics.error(source->at("/materials", "\"materials\" must be an object of named materials; file left out"));
        return std::nullopt;
    }
    for (const auto& [name, value] : list->items()) {
        try {
            out.materials_[name] = parseMaterial(*source, "/materials/" + name, name);
        } catch (const FieldError& e) {
            diagnostics.error(source->at(e.pointer, std::string(e.what()) + "; material '" + name + "' left out"));
        }
    }
    out.byKind_ = parseAssignments(*source, "kinds", out.materials_, diagnostics);
    out.byStructure_ = parseAssignments(*source, "structures", out.materials_, diagnostics);
    for (const auto& [key, target] : {std::pair{"background", &out.background_}, std::pair{"outside", &out.outside_},
                                      std::pair{"needle", &out.needle_}}) {
        const auto found = source->value.find(key);
        if (found == source->value.end() || !found->is_string() || !out.materials_.count(found->get<std::string>())) {
            diagnostics.error(source->at(std::string("/") + key, std::string("\"") + key +
                                                                   "\" must name a defined material; file left out"));
            return std::nullopt;
        }
        *target = found->get<std::string>();
    }
    if (const auto found = source->value.find("dermis_mm"); found != source->value.end()) {
        if (!found->is_number() || found->get<double>() < 0 || found->get<double>() > 20)
            diagnostics.error(source->at("/dermis_mm", "\"dermis_mm\" must be a number of millimetres from 0 to 20; "
                                                       "2 used"));
        else
            out.dermisMm_ = found->get<double>();
    }
    return out;
}

std::optional<AcousticMaterials> loadAcousticMaterials(const std::filesystem::path& path, Diagnostics& diagnostics) {
    const auto text = readTextFile(path, diagnostics);
    if (!text) return std::nullopt;
    return parseAcousticMaterials(*text, path.string(), diagnostics);
}

std::optional<AcousticMaterials> loadDefaultAcousticMaterials(Diagnostics& diagnostics) {
    const auto path = findDataFile("ultrasound/materials.json");
    if (!path) {
        diagnostics.error("data/ultrasound/materials.json: not found next to the executable or in the source tree");
        return std::nullopt;
    }
    return loadAcousticMaterials(*path, diagnostics);
}

}  // namespace av
