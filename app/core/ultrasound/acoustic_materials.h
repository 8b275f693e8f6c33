#pragma once
// Acoustic materials of the simulated ultrasound, read from data/ultrasound/materials.json (see
// docs/ultrasound.md): what each tissue does to the beam (impedance, attenuation), how much it scatters
// back, and the texture that makes it recognisable (septa, fibrils, fascicles). A structure finds its
// material by its id first, then by its kind, so kinds and structures added later keep working.
#include "core/atlas/structure_spec.h"
#include "core/diagnostics.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace av {

// The pattern a tissue's echoes make, fixed to the body (world position), on top of the speckle.
enum class TissueTexture {
    Speckle,    // speckle only (fluid, bone, coupling gel)
    Septa,      // dark tissue crossed by thin bright sheets running along the fibres (muscle, fat lobules)
    Fibrillar,  // tightly packed bright fibrils along the fibres; bright only when the beam is perpendicular
    Honeycomb,  // dark round fascicles in bright epineurium (nerve)
};

const char* textureName(TissueTexture texture);
std::optional<TissueTexture> parseTexture(const std::string& text);

struct AcousticMaterial {
    std::string name;
    double densityKgM3 = 1000;
    double speedMS = 1540;
    double attenuationDbCmMhz = 0.5;  // one way, intensity, per cm per MHz (linear in frequency)
    double backscatterDb = -40;       // mean volume echo relative to a perfect flat reflector (0 dB)
    TissueTexture texture = TissueTexture::Speckle;
    double textureScaleMm = 1;        // septa / fibril / fascicle spacing across the fibres
    double textureStretch = 1;        // how much longer the pattern runs along the fibres than across (< 1: shorter)
    double textureContrastDb = 0;     // septa / epineurium brighter than the base by this much
    double specularLobeDeg = 20;      // angular width of the mirror-like part of its echoes
    double specularFraction = 0.5;    // share of an interface echo that is mirror-like (0: all diffuse)
    int priority = 0;                 // where structures overlap, the higher priority wins (nested ones outrank)

    double impedanceMRayl() const { return densityKgM3 * speedMS * 1e-6; }
};

class AcousticMaterials {
public:
    // The material a structure uses: by its id, else by its kind; nullptr for one that is acoustically
    // transparent (a region, which only labels part of a bone's surface).
    const AcousticMaterial* forStructure(const StructureSpec& spec) const;
    // A material by name; nullptr when there is none.
    const AcousticMaterial* named(const std::string& name) const;

    const AcousticMaterial& background() const { return materials_.at(background_); }  // tissue in no structure
    const AcousticMaterial& outside() const { return materials_.at(outside_); }        // outside the skin (gel)
    const AcousticMaterial& needle() const { return materials_.at(needle_); }
    // The skin: how deep under the skin surface its own (dermis) material lasts before the background.
    double dermisMm() const { return dermisMm_; }

    friend std::optional<AcousticMaterials> parseAcousticMaterials(const std::string&, const std::string&,
                                                                   Diagnostics&);

private:
    std::map<std::string, AcousticMaterial> materials_;
    std::map<std::string, std::string> byKind_, byStructure_;  // "" = transparent
    std::string background_, outside_, needle_;
    double dermisMm_ = 2;
};

// Parses the materials file's text; every problem is reported as "<file>:<line>: <what is wrong>". A bad
// material is left out (with the kinds and structures that name it); nullopt only when the file is
// unusable (not JSON, wrong format, or missing the background, outside or needle material).
std::optional<AcousticMaterials> parseAcousticMaterials(const std::string& text, const std::string& file,
                                                        Diagnostics& diagnostics);
std::optional<AcousticMaterials> loadAcousticMaterials(const std::filesystem::path& path, Diagnostics& diagnostics);
// data/ultrasound/materials.json as shipped (found next to the executable, see resources.h).
std::optional<AcousticMaterials> loadDefaultAcousticMaterials(Diagnostics& diagnostics);

}  // namespace av
