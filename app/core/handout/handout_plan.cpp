#include "core/handout/handout_plan.h"

#include "core/suggest.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

namespace av {
namespace {

Span span(std::string text, bool strong = false) {
    Span s;
    s.text = std::move(text);
    s.strong = strong;
    return s;
}

Block paragraph(const std::string& text) {
    Block block;
    block.spans.push_back(span(text));
    return block;
}

Document document(std::vector<Block> blocks) {
    Document d;
    d.blocks = std::move(blocks);
    return d;
}

std::string lowered(std::string text) {
    for (char& c : text) c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string blockText(const Block& block) {
    std::string text;
    for (const Span& span : block.spans) text += span.text;
    return text;
}

const Tour* findTour(const Content& content, const std::string& id) {
    for (const Tour& tour : content.tours)
        if (tour.id == id) return &tour;
    return nullptr;
}

void addTour(const Content& content, const Tour& tour, HandoutPlan& plan) {
    std::set<std::string> opened;  // a clinical tour's texts, each given once
    for (std::size_t i = 0; i < tour.steps.size(); ++i) {
        const TourStep& step = tour.steps[i];
        plan.items.push_back(HandoutHeading{std::to_string(i + 1) + ". " + step.title, 2});
        plan.items.push_back(HandoutView{tour.id, i + 1, "", ""});
        if (tour.audience == Audience::Patient) {
            if (!step.text.empty()) plan.items.push_back(HandoutText{step.text});
            continue;
        }
        // A clinical tour's own words are not for a patient: the texts its steps open are, in plain words.
        const Annotation* annotation = content.annotations.find(step.annotation);
        if (annotation && opened.insert(annotation->id).second)
            plan.items.push_back(HandoutText{annotation->text(Audience::Patient)});
    }
}

void addAnnotation(const Annotation& annotation, HandoutPlan& plan) {
    plan.items.push_back(HandoutHeading{annotation.title, 2});
    plan.items.push_back(HandoutView{"", 0, annotation.id, "The parts this is about, in colour."});
    plan.items.push_back(HandoutText{annotation.text(Audience::Patient)});
}

std::string percent(double fraction) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f %%", fraction * 100);
    return text;
}

std::string degrees(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f\u00B0", value);
    return text;
}

void addStages(const RehabProgramme& programme, HandoutPlan& plan) {
    if (programme.empty()) return;
    plan.items.push_back(HandoutHeading{"Your exercises, stage by stage", 2, true});
    plan.items.push_back(HandoutText{document(
        {paragraph(programme.about(Audience::Patient)),
         paragraph("Your physiotherapist will take you through the stages, and will tell you when to move on.")})});
    for (const RehabStage& stage : programme.stages) {
        plan.items.push_back(
            HandoutHeading{"Stage " + std::to_string(stage.number) + ": " + stage.title(Audience::Patient), 3});
        plan.items.push_back(HandoutText{document({paragraph(stage.goal(Audience::Patient))})});
        for (const RehabExercise& exercise : stage.exercises) {
            Block block;
            block.kind = BlockKind::ListItem;
            block.depth = 1;
            block.spans.push_back(span(exercise.name, true));
            if (!exercise.how.empty()) block.spans.push_back(span(". " + exercise.how));
            plan.items.push_back(HandoutText{document({block})});
            const ExerciseLoad& load = exercise.load;
            plan.items.push_back(HandoutBars{
                {{"Tendon stretch", percent(load.peak_tendon_strain), strainBarFraction(programme, load), 0},
                 {"Hip bend while working", degrees(load.peak_hip_flexion_deg), hipBarFraction(load), 1}}});
        }
    }
}

void addAftercare(const Content& content, HandoutPlan& plan) {
    const Annotation* injection = content.annotations.find("injection");
    if (!injection) return;
    Document aftercare = sectionUnderHeading(injection->text(Audience::Patient), "After the injection");
    // A text without the section gives all of its patient wording rather than none.
    if (aftercare.empty()) aftercare = injection->text(Audience::Patient);
    plan.items.push_back(HandoutHeading{"After an injection", 2, true});
    plan.items.push_back(HandoutText{aftercare});
}

// The glossary's definitions of the terms the handout's texts use, in the order they first appear.
void addWordsUsed(const Content& content, HandoutPlan& plan) {
    std::vector<const GlossaryEntry*> used;
    for (const HandoutItem& item : plan.items)
        if (const auto* text = std::get_if<HandoutText>(&item))
            for (const Block& block : text->document.blocks)
                for (const Span& span : block.spans)
                    if (const GlossaryEntry* entry = span.term.empty() ? nullptr : content.glossary.find(span.term))
                        if (std::find(used.begin(), used.end(), entry) == used.end()) used.push_back(entry);
    if (used.empty()) return;
    std::vector<Block> blocks;
    for (const GlossaryEntry* entry : used) {
        Block block;
        block.kind = BlockKind::ListItem;
        block.depth = 1;
        block.spans = {span(entry->term, true), span(": " + entry->definition)};
        blocks.push_back(block);
    }
    plan.items.push_back(HandoutHeading{"Words used in these notes", 2});
    plan.items.push_back(HandoutText{document(std::move(blocks))});
}

}  // namespace

std::vector<HandoutView> HandoutPlan::views() const {
    std::vector<HandoutView> views;
    for (const HandoutItem& item : items)
        if (const auto* view = std::get_if<HandoutView>(&item)) views.push_back(*view);
    return views;
}

std::string checkHandoutRequest(const Content& content, const HandoutRequest& request) {
    if (request.empty()) return "a handout needs --tour ID or --annotation ID (which may be repeated)";
    if (!request.tour.empty() && !findTour(content, request.tour)) {
        std::vector<std::string> ids;
        for (const Tour& tour : content.tours) ids.push_back(tour.id);
        return "no tour \"" + request.tour + "\"" + didYouMean(request.tour, ids) + "; --list-tours lists them";
    }
    for (const std::string& id : request.annotations)
        if (!content.annotations.find(id)) {
            std::vector<std::string> ids;
            for (const Annotation& annotation : content.annotations.annotations) ids.push_back(annotation.id);
            return "no explanation \"" + id + "\"" + didYouMean(id, ids) + "; --list-annotations lists them";
        }
    return {};
}

HandoutPlan planHandout(const Content& content, const HandoutRequest& request) {
    HandoutPlan plan;
    const Tour* tour = findTour(content, request.tour);
    const Annotation* first = request.annotations.empty() ? nullptr : content.annotations.find(request.annotations.front());
    plan.title = tour ? tour->title : first ? first->title : "Notes to take home";
    plan.items.push_back(HandoutHeading{plan.title, 1});
    plan.items.push_back(HandoutText{document(
        {paragraph("These notes go with what you were shown on the screen. The pictures show the parts of the body "
                   "we talked about. Read them again at home, and bring them with you next time.")})});
    if (tour) addTour(content, *tour, plan);
    for (const std::string& id : request.annotations)
        if (const Annotation* annotation = content.annotations.find(id)) addAnnotation(*annotation, plan);
    addStages(content.rehab, plan);
    addAftercare(content, plan);
    addWordsUsed(content, plan);
    return plan;
}

std::optional<HandoutRequest> handoutRequestFor(const ViewerState& state) {
    if (!state.tour.empty()) return HandoutRequest{state.tour, {}};
    if (!state.annotation.empty()) return HandoutRequest{"", {state.annotation}};
    return std::nullopt;
}

Document sectionUnderHeading(const Document& document, const std::string& heading) {
    Document section;
    const std::string wanted = lowered(heading);
    int level = 0;  // of the heading found; 0 before it
    for (const Block& block : document.blocks) {
        if (block.kind == BlockKind::Heading) {
            if (level > 0 && block.level <= level) break;
            if (level == 0 && lowered(blockText(block)).rfind(wanted, 0) == 0) {
                level = block.level;
                continue;
            }
        }
        if (level > 0) section.blocks.push_back(block);
    }
    return section;
}

}  // namespace av
