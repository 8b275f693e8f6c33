#include "ui/annotation_panel.h"

#include "ui/document_view.h"
#include "ui/panel_layout.h"

#include <imgui.h>

namespace av {
namespace {

void drawStructureButtons(const Annotation& annotation, const UiContext& context, Actions& actions) {
    if (annotation.structures.empty()) return;
    ImGui::TextDisabled("Shows");
    for (const std::string& id : annotation.structures) {
        const Structure* structure = context.atlas.find(id);
        if (!structure) continue;
        ImGui::SameLine();
        // Wrap the row of buttons by hand: ImGui lays SameLine items out on one line.
        const float width = ImGui::CalcTextSize(structure->spec.name.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
        if (ImGui::SmallButton((structure->spec.name + "##" + id).c_str())) {
            actions.push_back(act::Select{id});
            actions.push_back(act::Focus{id});
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Select and centre the %s", structure->spec.name.c_str());
    }
}

std::string spansText(const Block& block) {
    std::string text;
    for (const Span& span : block.spans) text += span.text;
    return text;
}

void drawTopics(const UiContext& context, float width, Actions& actions) {
    const std::vector<const Annotation*> topics = topicAnnotations(context);
    if (topics.empty()) return;
    const Annotation* open = context.content.annotations.find(context.state.annotation);
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##topics", "Other topics...")) {
        for (const Annotation* topic : topics)
            if (ImGui::Selectable(topic->title.c_str(), topic == open))
                actions.push_back(act::OpenAnnotation{topic->id});
        ImGui::EndCombo();
    }
}

}  // namespace

std::vector<const Annotation*> topicAnnotations(const UiContext& context) {
    std::vector<const Annotation*> topics;
    for (const Annotation& annotation : context.content.annotations.annotations)
        if (!context.atlas.find(annotation.id)) topics.push_back(&annotation);
    return topics;
}

void drawAudienceSwitch(const UiContext& context, Actions& actions) {
    const bool clinical = context.state.audience == Audience::Clinical;
    if (ImGui::RadioButton("Patient", !clinical) && clinical) actions.push_back(act::SetAudience{Audience::Patient});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Plain words, for explaining to a patient");
    ImGui::SameLine();
    if (ImGui::RadioButton("Clinical", clinical) && !clinical) actions.push_back(act::SetAudience{Audience::Clinical});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Anatomical terms, for students and clinicians");
}

void drawAnnotationPanel(const UiContext& context, UiState& ui, Actions& actions) {
    const Annotation* annotation = context.content.annotations.find(context.state.annotation);
    if (!annotation) return;
    placeNextWindow(PanelId::Reading, ui);
    bool open = true;
    // One window whatever the annotation, so it stays where the user put it; the title names the text.
    const std::string title = annotation->title + "###Annotation";
    if (!ImGui::Begin(title.c_str(), &open, kDockedPanel)) {
        ImGui::End();
        return;
    }
    drawAudienceSwitch(context, actions);
    drawStructureButtons(*annotation, context, actions);
    ImGui::Separator();
    // The text scrolls under the fixed header and footer.
    const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    if (ImGui::BeginChild("##text", ImVec2(0, -footer))) {
        const Document& text = annotation->text(context.state.audience);
        // A first heading that repeats the title is already in the title bar.
        const bool repeatsTitle = !text.blocks.empty() && text.blocks.front().kind == BlockKind::Heading &&
                                  spansText(text.blocks.front()) == annotation->title;
        if (text.empty()) ImGui::TextDisabled("No text in this wording.");
        drawBlocks(text, repeatsTitle ? 1 : 0, text.blocks.size(), context, actions);
    }
    ImGui::EndChild();
    ImGui::Separator();
    const char* closeLabel = "Close";
    const float closeWidth = ImGui::CalcTextSize(closeLabel).x + ImGui::GetStyle().FramePadding.x * 2;
    drawTopics(context, ImGui::GetContentRegionAvail().x - closeWidth - ImGui::GetStyle().ItemSpacing.x, actions);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - closeWidth);
    if (ImGui::Button(closeLabel)) open = false;
    ImGui::End();
    if (!open) actions.push_back(act::OpenAnnotation{});
}

}  // namespace av
