#pragma once
// A patient handout as a PDF: the plan of core/handout/handout_plan.h laid out on A4 pages with the pictures
// rendered for its views. Drawing only; what goes in is the plan's business.
#include "core/handout/handout_plan.h"
#include "handout/pdf_pages.h"

#include <filesystem>
#include <string>
#include <vector>

namespace av {

// The PDF's bytes. `pictures` are those of plan.views(), in that order (a missing one leaves its place empty).
// Throws std::runtime_error when Cairo cannot make the document.
std::string handoutPdf(const HandoutPlan& plan, const std::vector<Picture>& pictures);

// handoutPdf written atomically (a temporary file beside `path`, then a rename): a failed write leaves no
// partial file. Throws std::runtime_error naming the file and why.
void writeHandoutPdf(const std::filesystem::path& path, const HandoutPlan& plan, const std::vector<Picture>& pictures);

}  // namespace av
