#pragma once
// The 3D view of the atlas: one VTK actor per structure, kept in step with the SceneState; preset and
// focused cameras; picking. Draws into whatever render window it is attached to.
#include "core/atlas/atlas.h"
#include "core/annotations/mimics.h"
#include "core/annotations/tour.h"
#include "core/atlas/atlas_poser.h"
#include "core/scene/scene_state.h"

#include <vtkSmartPointer.h>

#include <memory>
#include <optional>
#include <string>

class vtkRenderer;
class vtkRenderWindow;

namespace av {

class Viewport {
public:
    explicit Viewport(const Atlas& atlas);
    ~Viewport();
    Viewport(const Viewport&) = delete;
    Viewport& operator=(const Viewport&) = delete;

    void attach(vtkRenderWindow* window);

    // Visibility, colour, opacity, highlight and the ghost of the selection, from the state.
    void sync(const SceneState& state);
    // Moves every structure to its posed place (rigid transform or new points of the detail on show).
    void setPose(const std::vector<PosedStructure>& posed);
    // Per structure: a colour shown instead of its own (strain colouring), or nothing. Takes effect at
    // the next sync.
    void setColorOverrides(std::vector<std::optional<std::array<float, 3>>> colors);

    // Paints where the mimic is felt onto the skin structures (nullptr: plain skin).
    void setMimic(const Mimic* mimic);
    // The ultrasound probe and needle of an injection step (nothing: none shown).
    void setInstruments(const std::optional<TourProbe>& probe, const std::optional<TourNeedle>& needle);
    // Where a structure's centre (as posed) lands on screen: display pixels, origin bottom-left; nothing
    // when it is behind the camera or off screen.
    std::optional<std::array<double, 2>> project(std::size_t index);

    // Low detail meshes (where the atlas has them) for software renderers.
    void setLowDetail(bool low);
    bool lowDetail() const;

    // Looks from a preset direction at the whole atlas.
    void setView(const std::string& preset);
    // Flies the camera to frame one structure, keeping the viewing direction. seconds = 0 jumps.
    void focus(std::size_t index, double seconds);
    // Looks at the centre of `centred` from a preset direction ("" keeps the current one), from the
    // distance that frames `framed`, divided by zoom (> 1 closer).
    void frame(const std::vector<std::size_t>& centred, const std::vector<std::size_t>& framed, const std::string& preset,
               double zoom, double seconds);
    // Advances a camera flight; returns true while one is under way.
    bool advance(double dtSeconds);

    // The structure drawn at a display pixel (origin bottom-left), if any.
    std::optional<std::size_t> pick(int x, int y);

    vtkRenderer* renderer();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace av
