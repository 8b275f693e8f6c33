// Median frame time of the 3D view while the camera orbits, at full and at low detail, headless.
// Usage: bench-frames [--atlas PATH] [--frames N] [--resolution W,H]
#include "core/atlas/atlas.h"
#include "core/resources.h"
#include "platform/gl_surface.h"
#include "platform/viewer_session.h"
#include "render/offscreen_target.h"

#include <vtkCamera.h>
#include <vtkRenderer.h>
#include <vtk_glew.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

double medianFrameMs(av::ViewerSession& session, int frames) {
    std::vector<double> times;
    for (int i = 0; i < frames; ++i) {
        session.viewport().renderer()->GetActiveCamera()->Azimuth(360.0 / frames);
        const auto start = std::chrono::steady_clock::now();
        session.render();
        glFinish();  // count the GPU's (or llvmpipe's) work, not just its queueing
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    std::string atlasPath;
    int frames = 60, width = 1280, height = 800;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--atlas")) atlasPath = argv[i + 1];
        else if (!std::strcmp(argv[i], "--frames")) frames = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--resolution")) std::sscanf(argv[i + 1], "%d,%d", &width, &height);
    }
    if (atlasPath.empty()) atlasPath = av::defaultAtlasPath().value_or("meshes/atlas.json").string();
    av::Diagnostics diagnostics;
    const av::Atlas atlas = av::loadAtlas(atlasPath, diagnostics);
    std::size_t full = 0, low = 0;
    for (const auto& s : atlas.structures()) {
        full += s.mesh.triangles.size();
        low += s.meshLow.triangles.empty() ? s.mesh.triangles.size() : s.meshLow.triangles.size();
    }
    av::GlSurface surface(width, height, "bench", false);
    const av::Content content;  // the explanations do not change what a frame costs
    av::ViewerSession session(atlas, content, surface);
    av::OffscreenTarget target(width, height);
    target.bind();
    session.apply(av::act::SetView{"posterior"}, 0);
    std::printf("renderer: %s\n", reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
    for (bool lowDetail : {false, true}) {
        session.setLowDetail(lowDetail);
        medianFrameMs(session, 3);  // warm up: shaders, buffers
        std::printf("%-5s detail: %7zu triangles, median frame %.1f ms over %d frames at %dx%d\n",
                    lowDetail ? "low" : "full", lowDetail ? low : full, medianFrameMs(session, frames), frames, width, height);
    }
    // Seeing inside on a software renderer: everything but the selection see-through.
    if (atlas.indexOf("semimembranosus")) session.apply(av::act::Select{"semimembranosus"}, 0);
    session.apply(av::act::SetXray{true}, 0);
    medianFrameMs(session, 3);
    std::printf("low   detail, x-ray with a selection: median frame %.1f ms over %d frames\n", medianFrameMs(session, frames),
                frames);
    target.unbind();
    return 0;
}
