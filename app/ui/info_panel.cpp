#include "ui/info_panel.h"

#include "ui/document_view.h"
#include "ui/panel_layout.h"

#include <imgui.h>

namespace av {
namespace {

// The structure's own text: the annotation its spec names (its id by default), else one that lists it.
const Annotation* annotationFor(const UiContext& context, const StructureSpec& spec) {
    const AnnotationSet& annotations = context.content.annotations;
    if (const Annotation* annotation = annotations.find(spec.annotation.empty() ? spec.id : spec.annotation))
        return annotation;
    return annotations.findForStructure(spec.id);
}

// The first paragraph (or list) in the chosen wording, with a button to read all of it beside the view;
// nothing more while that text is open already.
void drawSummary(const UiContext& context, const Annotation& annotation, Actions& actions) {
    if (context.state.annotation == annotation.id) return;
    const Document& text = annotation.text(context.state.audience);
    const BlockRange summary = summaryBlocks(text);
    if (summary.first == summary.last) return;
    ImGui::Separator();
    drawBlocks(text, summary.first, summary.last, context, actions);
    if (ImGui::Button("Read more")) actions.push_back(act::OpenAnnotation{annotation.id});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("The whole text of \"%s\", in patient or clinical wording", annotation.title.c_str());
}

}  // namespace

void drawInfoPanel(const UiContext& context, UiState& ui, Actions& actions) {
    placeNextWindow(PanelId::Information, ui);
    if (!ImGui::Begin("Information", &ui.panels.information, kDockedPanel)) {
        ImGui::End();
        return;
    }
    if (!context.state.selected) {
        ImGui::TextWrapped("Click a structure in the view or in the list to read about it.");
        ImGui::End();
        return;
    }
    const std::size_t index = *context.state.selected;
    const Structure& structure = context.atlas.structures()[index];
    const StructureSpec& spec = structure.spec;
    ImGui::TextUnformatted(spec.name.c_str());
    ImGui::Separator();
    ImGui::TextDisabled("%s, moves with the %s", kindName(spec.kind), spec.segment.c_str());
    if (!spec.parent.empty())
        if (const Structure* parent = context.atlas.find(spec.parent)) {
            ImGui::TextDisabled("Part of");
            ImGui::SameLine();
            if (ImGui::SmallButton(parent->spec.name.c_str())) actions.push_back(act::Select{parent->spec.id});
        }
    for (std::size_t part : structure.parts) {
        const StructureSpec& partSpec = context.atlas.structures()[part].spec;
        ImGui::Bullet();
        if (ImGui::SmallButton(partSpec.name.c_str())) actions.push_back(act::Select{partSpec.id});
    }
    if (ImGui::Button("Focus")) actions.push_back(act::Focus{spec.id});
    ImGui::SameLine();
    if (ImGui::Button("Show only")) actions.push_back(act::ShowOnly{spec.id});
    ImGui::SameLine();
    if (ImGui::Button("Hide")) {
        actions.push_back(act::SetVisible{spec.id, false});
        actions.push_back(act::Select{});
    }
    if (const Annotation* annotation = annotationFor(context, spec)) drawSummary(context, *annotation, actions);
    ImGui::End();
}

}  // namespace av
