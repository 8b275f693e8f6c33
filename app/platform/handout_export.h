#pragma once
// The patient handout (`--handout FILE.pdf`, File > Handout): the plan of core/handout/handout_plan.h, its views
// rendered headless, and the PDF of app/handout written atomically.
#include "core/handout/handout_plan.h"
#include "core/viewer_options.h"
#include "handout/pdf_pages.h"
#include "platform/gl_surface.h"
#include "platform/loaded.h"

#include <filesystem>
#include <memory>
#include <vector>

namespace av {

// Every view of the plan, in plan.views() order, drawn on one hidden surface at the options' size and detail.
std::vector<Picture> renderHandoutViews(std::unique_ptr<GlSurface> surface, const Loaded& loaded,
                                        const ViewerOptions& options, const HandoutPlan& plan);

// Plans the handout, renders its views and writes the PDF at `path`. Throws std::runtime_error naming what went
// wrong (an unknown tour or text, a file that cannot be written and why); a failed write leaves no file.
void writeHandout(std::unique_ptr<GlSurface> surface, const Loaded& loaded, const ViewerOptions& options,
                  const HandoutRequest& request, const std::filesystem::path& path);

// writeHandout for the command line: the exit code, with where the file went or what went wrong on stderr.
int exportHandout(std::unique_ptr<GlSurface> surface, const Loaded& loaded, const ViewerOptions& options,
                  const HandoutRequest& request, const std::filesystem::path& path);

}  // namespace av
