#include "platform/frame_export.h"

#include "core/motion/animations.h"
#include "core/scene/motion_state.h"
#include "platform/headless.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace av {
namespace {

std::string framePath(const std::filesystem::path& folder, int index) {
    char name[32];
    std::snprintf(name, sizeof name, "frame_%04d.png", index);
    return (folder / name).string();
}

bool ffmpegInstalled() { return std::system("command -v ffmpeg >/dev/null 2>&1") == 0; }

void encodeVideo(const std::filesystem::path& folder, const std::string& id, int fps) {
    const std::string command = "ffmpeg -loglevel error -y -framerate " + std::to_string(fps) + " -i '" +
                                (folder / "frame_%04d.png").string() +
                                "' -pix_fmt yuv420p -vf 'scale=trunc(iw/2)*2:trunc(ih/2)*2' '" +
                                (folder / (id + ".mp4")).string() + "'";
    if (std::system(command.c_str()) != 0) std::cerr << "warning: ffmpeg could not encode " << id << ".mp4\n";
}

}  // namespace

int exportFrames(std::unique_ptr<GlSurface> surface, const Loaded& loaded, const ViewerOptions& options,
                 const std::filesystem::path& folder, int fps) {
    try {
        const Animation* animation = findAnimation(options.animation).animation;
        std::filesystem::create_directories(folder);
        HeadlessRenderer renderer(std::move(surface), loaded, options);
        MotionState motion = motionFromOptions(options);
        const int frames = std::max(1, int(std::lround(animation->durationSeconds() * fps)));
        for (int i = 0; i < frames; ++i) {
            motion.time = double(i) / fps;
            renderer.session().apply(act::SetMotion{motion}, 0);
            writePng(framePath(folder, i + 1), renderer.renderFrame());
        }
        if (ffmpegInstalled()) encodeVideo(folder, animation->id(), fps);
        std::cerr << "wrote " << frames << " frames to " << folder.string() << '\n';
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
}

}  // namespace av
