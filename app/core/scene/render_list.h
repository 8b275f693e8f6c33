#pragma once
// A plain description of one frame, decided in core: for each structure whether it shows, its colour and
// opacity, whether it is highlighted (drawn with a rim) and shown through what covers it (the ghost), whether
// a click can pick it, where it is (a rigid transform or deformed points) and which pain regions are painted
// on it; then the instruments (the needle coloured by its plan's warnings), the ultrasound image in its plane,
// the pathologies' lesions, the structures to label, and the camera request. The render layer only pushes
// this into VTK (app/render), so every rule here is tested without a display (tests/core/test_render_list.cpp).
#include "core/annotations/content.h"
#include "core/atlas/atlas_poser.h"
#include "core/instruments/instruments.h"
#include "core/scene/camera.h"
#include "core/scene/viewer_state.h"
#include "core/ultrasound/bmode_image.h"
#include "core/ultrasound/needle_planner.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace av {

using Rgb = std::array<float, 3>;  // sRGB 0..1
using Rgba8 = std::array<std::uint8_t, 4>;

// Per-vertex colours for both levels of detail of a painted structure (mimic pain regions on the skin): the
// colour, and in the fourth channel how strongly the vertex is painted (0..255).
struct VertexColors {
    std::vector<Rgba8> full, low;
};

struct RenderItem {
    std::size_t index = 0;   // into atlas.structures()
    bool visible = false;
    Rgb color{};
    float opacity = 1.0f;
    bool highlighted = false;  // selected, or highlighted by a text, tour step or mimic: highlight colour and rim
    bool ghost = false;        // drawn again over everything, translucent, so it shows through what covers it
    bool hovered = false;
    bool pickable = false;     // a click can land on it (see-through layers let clicks pass)
    const PosedStructure* posed = nullptr;  // where it is, at the level of detail on show
    std::vector<std::string> paintedRegions;  // mimic ids painted on it
    std::shared_ptr<const VertexColors> paint;  // its vertex colours when painted, else null
    // Where paint is at full strength it is drawn this opaque, so a pain map shows on see-through skin; each
    // vertex's opacity runs from `opacity` (unpainted) to this by its paint strength.
    float paintOpacity = 0.9f;
};

// How the instruments are drawn. Atlas frame, metres.
struct ProbeDrawing {
    Eigen::Vector3d centre;        // the middle of the probe's body, above the footprint
    Eigen::Vector3d along, across, up;  // unit axes: the array, the slice thickness, out of the skin
    Eigen::Vector3d size;          // along, across, up extents
    Rgb color{};
};
struct NeedleDrawing {
    Eigen::Vector3d entry, tip;
    double radius = 0.0009;        // a 20-22 gauge spinal needle is about 0.7-0.9 mm across
    Rgb color{};                   // its plan's warnings: needleColor
};

// The simulated image in the probe's image plane, as 3D Slicer shows a reslice: the image's row 0 (the skin)
// runs from `origin` along `right`; its rows go down along `down` (the full width and depth, metres).
struct UltrasoundPlaneDrawing {
    Eigen::Vector3d origin, right, down;
    std::shared_ptr<const UltrasoundImage> image;
    std::shared_ptr<const std::vector<std::uint8_t>> alpha;  // per pixel: 0 outside a fan; null: all shown
};

// A mesh drawn besides the atlas' structures (a lesion inside one, the seat).
struct MeshDrawing {
    std::shared_ptr<const Mesh> mesh;
    Rgb color{};
    float opacity = 1.0f;
};

struct RenderList {
    std::vector<RenderItem> structures;  // one per atlas structure, in atlas order
    std::uint64_t poseVersion = 0;       // changes whenever the posed points change
    std::uint64_t paintVersion = 0;      // changes whenever painted colours change
    std::optional<ProbeDrawing> probe;
    std::optional<NeedleDrawing> needle;
    std::uint64_t instrumentsVersion = 0;  // changes whenever the probe or the needle (or its colour) changes
    std::optional<UltrasoundPlaneDrawing> ultrasound;
    std::uint64_t ultrasoundVersion = 0;   // changes with every new image; 0 without one
    std::vector<MeshDrawing> lesions;
    std::uint64_t lesionsVersion = 0;      // 0 without lesions
    // The scene's props: the seat when sitting (core/scene/seat.h), whose pressed structures glow kPressure.
    std::vector<MeshDrawing> props;
    std::uint64_t propsVersion = 0;        // 0 without props
    std::vector<std::size_t> labelOrder;  // structures to label, the most important first
    bool lowDetail = false;
};

// The colours with a meaning, in order of precedence: a highlight beats a hover, which lightens the
// structure's strain colour (when strain colours are on) or its own colour.
Rgb structureColor(const Structure& structure, bool highlighted, bool hovered, const std::optional<double>& strain,
                   bool showStrain);
// The opacity drawn: a highlighted structure is opaque; x-ray fades everything else to at most kXrayOpacity.
inline constexpr float kXrayOpacity = 0.12f;
float drawnOpacity(float chosen, bool highlighted, bool xray);
// The needle's colour for its plan: danger (near_nerve, through_bone) over caution (in_tendon,
// beyond_target) over clear.
Rgb needleColor(const NeedlePlan* plan);

}  // namespace av
