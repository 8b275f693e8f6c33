#pragma once
// What a patient handout holds, as plain data: which views to render and which texts go with them, the
// exercise stages with their two numbers as bars, and the aftercare of an injection, all in the patient
// wording. The PDF writer (app/handout) lays it out; the platform renders the views. Choosing the content is
// kept here, without any drawing, so that tests can check it.
#include "core/annotations/content.h"
#include "core/scene/viewer_state.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace av {

// What to hand out: the steps of a tour, then any number of texts, in this order.
struct HandoutRequest {
    std::string tour;
    std::vector<std::string> annotations;
    bool empty() const { return tour.empty() && annotations.empty(); }
};

struct HandoutHeading {
    std::string text;
    int level = 1;         // 1: the handout's title, 2: a section, 3: a part of a section
    bool newPage = false;  // the section starts on a page of its own
};

struct HandoutText {
    Document document;  // patient wording: headings, paragraphs, lists
};

// A rendered picture of the 3D view: a tour step as the tour sets it up, or an annotation's structures
// highlighted (seen through what covers them).
struct HandoutView {
    std::string tour;
    std::size_t step = 0;  // 1-based, with `tour`
    std::string annotation;
    std::string caption;
};

// Horizontal bars, each a value as a fraction of the bar's full length.
struct HandoutBar {
    std::string label;  // "Tendon stretch"
    std::string value;  // "2.1 %"
    double fraction = 0;  // 0..1
    int colour = 0;       // 0: tendon strain, 1: hip flexion (the writer picks two colours that stay apart)
};
struct HandoutBars {
    std::vector<HandoutBar> bars;
};

using HandoutItem = std::variant<HandoutHeading, HandoutText, HandoutView, HandoutBars>;

struct HandoutPlan {
    std::string title;  // also the PDF's title
    std::vector<HandoutItem> items;

    // The views in the order they appear: the pictures to render, one each.
    std::vector<HandoutView> views() const;
};

// "" when the request names a tour and texts that exist and names something; else what is wrong, for the user.
std::string checkHandoutRequest(const Content& content, const HandoutRequest& request);

// The handout for a request that checkHandoutRequest accepts: a title and a short note, then for a tour each
// step (its title, its view, its text: the step's own words in a patient tour; in a clinical tour, the patient
// wording of the texts its steps open, each once), for each text its view and patient wording; then the
// loading programme stage by stage with each exercise's numbers, and the aftercare of an injection.
HandoutPlan planHandout(const Content& content, const HandoutRequest& request);

// What the viewer's File > Handout writes: the running tour, else the open text; nullopt with neither.
std::optional<HandoutRequest> handoutRequestFor(const ViewerState& state);

// The blocks of `document` under its first heading whose text starts with `heading` (case ignored), up to the
// next heading of the same or a higher level; empty when there is no such heading.
Document sectionUnderHeading(const Document& document, const std::string& heading);

}  // namespace av
